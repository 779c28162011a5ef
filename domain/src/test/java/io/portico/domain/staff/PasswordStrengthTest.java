package io.portico.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordStrengthTest {

    @Test
    void B2_a_password_the_policy_refuses_scores_nothing() {
        assertThat(PasswordStrength.score("short")).isZero();
        assertThat(PasswordStrength.score("password1234")).isZero();
        assertThat(PasswordStrength.score("")).isZero();
        assertThat(PasswordStrength.score(null)).isZero();
    }

    @Test
    void B2_a_long_passphrase_scores_higher_than_a_barely_long_enough_password() {
        int barely = PasswordStrength.score("abcabcabcxyz");
        int passphrase = PasswordStrength.score("correct horse battery staple on Tuesday");

        assertThat(barely).isBetween(1, 2);
        assertThat(passphrase).isEqualTo(PasswordStrength.MAX);
    }

    @Test
    void B2_repeats_and_runs_add_little() {
        assertThat(PasswordStrength.score("aaaaaaaaaaab")).isLessThan(PasswordStrength.score("qmzvtrklwpdx"));
    }
}
