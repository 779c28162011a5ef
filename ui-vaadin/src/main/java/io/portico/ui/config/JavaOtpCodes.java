package io.portico.ui.config;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import io.portico.domain.twofactor.AuthenticatorApp;
import io.portico.domain.twofactor.TimeStepCodes;
import io.portico.domain.twofactor.TotpSecret;
import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 codes by java-otp: HMAC-SHA-1, six digits, 30-second steps, as every authenticator app reads a QR code. */
final class JavaOtpCodes implements TimeStepCodes {

    private final TimeBasedOneTimePasswordGenerator generator =
            new TimeBasedOneTimePasswordGenerator(AuthenticatorApp.STEP, 6, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

    @Override
    public String codeAt(TotpSecret secret, long step) {
        try {
            var key = new SecretKeySpec(secret.bytes(), TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
            return generator.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * AuthenticatorApp.STEP.toSeconds()), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("a 20-byte HMAC key is always valid", e);
        }
    }
}
