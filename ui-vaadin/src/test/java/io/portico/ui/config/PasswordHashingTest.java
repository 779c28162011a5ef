package io.portico.ui.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;

class PasswordHashingTest {

    private static final String PASSWORD = "tax season never ends";
    /** Full-width letters: NFKC makes them "password here 2026". */
    private static final String UNNORMALISED = "ｐａｓｓｗｏｒｄ here 2026";

    private final PasswordHashing hashing = new PasswordHashing();

    @Test
    void issue10_9_new_hashes_are_argon2id_with_19_MiB_2_iterations_and_1_lane() {
        String hash = hashing.hash(PASSWORD);
        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hashing.matches(PASSWORD, hash)).isTrue();
        assertThat(hashing.matches("tax season never end", hash)).isFalse();
        assertThat(hashing.upgrade(PASSWORD, hash)).isEmpty();
    }

    @Test
    void issue10_9_a_hash_with_weaker_argon2_parameters_signs_in_and_is_upgraded() {
        String weak = "{argon2}" + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
        String fewerIterations = "{argon2}" + new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 1).encode(PASSWORD);

        assertThat(hashing.matches(PASSWORD, weak)).isTrue();
        assertThat(hashing.upgrade(PASSWORD, weak)).hasValueSatisfying(better -> {
            assertThat(better).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
            assertThat(hashing.matches(PASSWORD, better)).isTrue();
        });
        assertThat(hashing.upgrade(PASSWORD, fewerIterations)).isPresent();
    }

    @Test
    void issue10_9_a_bcrypt_hash_signs_in_and_is_upgraded_to_argon2id() {
        String bcrypt = new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder())).encode(PASSWORD);

        assertThat(hashing.matches(PASSWORD, bcrypt)).isTrue();
        assertThat(hashing.upgrade(PASSWORD, bcrypt)).hasValueSatisfying(better -> assertThat(better).startsWith("{argon2}"));
    }

    @Test
    void issue10_9_passwords_are_hashed_in_their_nfkc_form() {
        String hash = hashing.hash(UNNORMALISED);

        assertThat(hashing.matches("password here 2026", hash)).isTrue();
        assertThat(hashing.matches(UNNORMALISED, hash)).isTrue();
        assertThat(hashing.upgrade(UNNORMALISED, hash)).isEmpty();
    }

    @Test
    void issue10_9_a_hash_of_a_raw_unnormalised_password_still_signs_in_and_is_rehashed_normalised() {
        String rawHash = "{argon2}" + new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2).encode(UNNORMALISED);

        assertThat(hashing.matches(UNNORMALISED, rawHash)).isTrue();
        assertThat(hashing.matches("password here 2026", rawHash)).as("only the raw form was hashed").isFalse();
        assertThat(hashing.upgrade(UNNORMALISED, rawHash)).hasValueSatisfying(better ->
                assertThat(hashing.matches("password here 2026", better)).isTrue());
    }
}
