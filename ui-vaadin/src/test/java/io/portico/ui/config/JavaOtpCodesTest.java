package io.portico.ui.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.domain.twofactor.TotpSecret;
import org.junit.jupiter.api.Test;

class JavaOtpCodesTest {

    /** RFC 6238 appendix B's SHA-1 key "12345678901234567890", in Base32. */
    private static final TotpSecret RFC_KEY = new TotpSecret("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    private final JavaOtpCodes codes = new JavaOtpCodes();

    @Test
    void issue10_6_codes_are_rfc_6238_sha1_six_digits_thirty_seconds() {
        // the appendix's eight-digit values, of which authenticator apps show the last six
        assertThat(codes.codeAt(RFC_KEY, 59 / 30)).isEqualTo("287082");
        assertThat(codes.codeAt(RFC_KEY, 1111111109L / 30)).isEqualTo("081804");
        assertThat(codes.codeAt(RFC_KEY, 1234567890L / 30)).isEqualTo("005924");
        assertThat(codes.codeAt(RFC_KEY, 2000000000L / 30)).isEqualTo("279037");
    }
}
