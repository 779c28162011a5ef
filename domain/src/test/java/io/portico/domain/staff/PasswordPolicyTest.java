package io.portico.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @Test
    void G1_a_password_shorter_than_12_characters_is_refused() {
        assertThatThrownBy(() -> PasswordPolicy.check("password", "short-pass1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.messageKey()).isEqualTo("password.too-short");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password1234", "QWERTYUIOP123", "iloveyou1234", "aaaaaaaaaaaaaa", "abababababab", "abcdefghijklm", "zyxwvutsrqpo"})
    void G1_the_most_common_and_trivial_passwords_are_refused(String common) {
        assertThatThrownBy(() -> PasswordPolicy.check("password", common))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.too-common"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery", "all lowercase words here", "tax season never ends"})
    void G1_no_composition_rules_a_long_uncommon_passphrase_is_accepted(String passphrase) {
        assertThatCode(() -> PasswordPolicy.check("password", passphrase)).doesNotThrowAnyException();
    }

    @Test
    void very_long_passwords_are_refused_to_bound_hashing_work() {
        assertThatThrownBy(() -> PasswordPolicy.check("password", "x".repeat(60) + "y".repeat(69)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void G1_a_password_of_exactly_128_characters_is_accepted() {
        assertThatCode(() -> PasswordPolicy.check("password", "tax season ".repeat(11) + "is over")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"acegikmoqsuw", "abcdefghijkx", "xbcdefghijkl"})
    void G1_a_password_that_only_looks_like_a_run_is_accepted(String almostRun) {
        assertThatCode(() -> PasswordPolicy.check("password", almostRun)).doesNotThrowAnyException();
    }
}
