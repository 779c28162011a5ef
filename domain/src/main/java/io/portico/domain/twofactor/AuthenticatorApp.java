package io.portico.domain.twofactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * An enrolled authenticator app. A code is good for its own step and one step either side (clock
 * skew), and only for a step later than the last one used, so an overheard code cannot be replayed.
 */
public record AuthenticatorApp(TotpSecret secret, long lastUsedStep) {

    public static final Duration STEP = Duration.ofSeconds(30);
    /** Before any code was used. */
    public static final long NO_STEP = -1;

    public AuthenticatorApp {
        Objects.requireNonNull(secret, "secret");
    }

    public static long stepAt(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP.toSeconds());
    }

    /** The step the code belongs to, when it is good now; nothing for a wrong, stale or used code. */
    public OptionalLong match(String code, Instant now, TimeStepCodes codes) {
        String digits = normalise(code);
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > lastUsedStep && same(digits, codes.codeAt(secret, step))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** Apps show codes as "123 456"; people paste them with spaces. */
    static String normalise(String code) {
        return code == null ? "" : code.replaceAll("\\s", "");
    }

    /** In constant time, so the comparison does not tell how many digits were right. */
    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII), expected.getBytes(StandardCharsets.US_ASCII));
    }
}
