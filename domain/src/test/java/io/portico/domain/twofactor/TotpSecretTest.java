package io.portico.domain.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.shared.InvalidInputException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TotpSecretTest {

    @Test
    void issue10_6_a_new_secret_has_160_random_bits_in_base32() {
        var first = TotpSecret.random(new SecureRandom());
        assertThat(first.base32()).matches("[A-Z2-7]{32}");
        assertThat(first.bytes()).hasSize(20);
        assertThat(TotpSecret.random(new SecureRandom())).isNotEqualTo(first);
    }

    @Test
    void base32_decodes_as_rfc_4648_says() {
        // RFC 6238's test key "12345678901234567890" in Base32
        var secret = new TotpSecret("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(secret.bytes()).isEqualTo("12345678901234567890".getBytes());
    }

    @Test
    void a_random_secret_decodes_to_the_bytes_it_was_made_of() {
        byte[] key = HexFormat.of().parseHex("00ff10ef20df30cf40bf50af609f708f807f906f");
        var secret = TotpSecret.random(new java.util.Random() {
            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(key, 0, bytes, 0, key.length);
            }
        });
        assertThat(secret.bytes()).isEqualTo(key);
    }

    @Test
    void anything_but_32_base32_letters_is_refused() {
        assertThatThrownBy(() -> new TotpSecret("JBSWY3DPEHPK3PXP")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new TotpSecret("jbswy3dpehpk3pxpjbswy3dpehpk3pxp")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new TotpSecret("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PX1")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_secret_never_shows_in_logs() {
        assertThat(new TotpSecret("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ").toString()).doesNotContain("GEZD");
    }
}
