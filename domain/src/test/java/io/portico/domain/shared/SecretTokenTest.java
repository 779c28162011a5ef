package io.portico.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretTokenTest {

    @Test
    void tokens_carry_256_random_bits() {
        byte[] decoded = Base64.getUrlDecoder().decode(SecretToken.generate().value());
        assertThat(decoded).hasSize(32);
    }

    @Test
    void tokens_do_not_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(SecretToken.generate().value());
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void the_stored_hash_is_sha256_and_differs_from_the_token() {
        SecretToken token = new SecretToken("abc");
        assertThat(token.hash().value()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(token.toString()).doesNotContain("abc").contains("hidden");
    }
}
