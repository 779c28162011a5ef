package io.portico.ui.flow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issue 10: the authenticator app of a test, as a phone would be. It reads the secret shown on the
 * enrolment page and computes RFC 6238 codes from it; since Portico accepts a step once, it never
 * gives the same step twice (it uses the next step, accepted as clock skew, or waits for it).
 */
final class TwoFactorSteps {

    private static final Duration STEP = Duration.ofSeconds(30);
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> RECOVERY_CODES = new ConcurrentHashMap<>();

    private TwoFactorSteps() {
    }

    /** On the two-factor page: sets up an authenticator app and keeps its recovery codes; returns the secret. */
    static String enrolAuthenticator(Page page) {
        assertThat(page).hasURL(Pattern.compile(".*/profile/two-factor.*"));
        page.locator("#set-up-authenticator").click();
        String secret = page.locator("#totp-secret").textContent().strip();
        page.locator("#totp-code input").fill(nextCode(secret));
        click(page, "Confirm");
        String codes = page.locator("#recovery-codes").textContent();
        RECOVERY_CODES.put(secret, List.of(codes.strip().split("\\s+")));
        click(page, "I have saved the codes");
        return secret;
    }

    /** On the second step of the sign-in: gives the app's current code. */
    static void giveCode(Page page, String secret) {
        give(page, nextCode(secret));
    }

    static void give(Page page, String code) {
        assertThat(page).hasURL(Pattern.compile(".*/login/two-factor.*"));
        page.locator("#two-factor-code input").fill(code);
        click(page, "Verify");
    }

    static List<String> recoveryCodes(String secret) {
        return RECOVERY_CODES.get(secret);
    }

    /** The code of the earliest step not yet used that Portico accepts now (this step or the next). */
    static synchronized String nextCode(String secret) {
        long now = Instant.now().getEpochSecond() / STEP.toSeconds();
        long step = Math.max(now, LAST_STEP.getOrDefault(secret, Long.MIN_VALUE) + 1);
        while (step > now + 1) {
            sleep(Duration.ofSeconds(1));
            now = Instant.now().getEpochSecond() / STEP.toSeconds();
        }
        LAST_STEP.put(secret, step);
        return code(secret, step);
    }

    static String code(String secret, long step) {
        try {
            var generator = new TimeBasedOneTimePasswordGenerator(STEP, 6, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
            var key = new SecretKeySpec(base32(secret), TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
            return generator.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        byte[] bytes = new byte[text.length() * 5 / 8];
        long buffer = 0;
        int bits = 0;
        int at = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                bytes[at++] = (byte) (buffer >> bits);
            }
        }
        return bytes;
    }

    private static void click(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
