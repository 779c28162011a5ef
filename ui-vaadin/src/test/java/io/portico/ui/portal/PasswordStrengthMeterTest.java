package io.portico.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordStrengthMeterTest {

    @Test
    void B2_a_password_the_policy_refuses_scores_nothing() {
        assertThat(PasswordStrengthMeter.score("short")).isZero();
        assertThat(PasswordStrengthMeter.score("password1234")).isZero();
        assertThat(PasswordStrengthMeter.score("")).isZero();
        assertThat(PasswordStrengthMeter.score(null)).isZero();
    }

    @Test
    void B2_a_long_passphrase_scores_higher_than_a_barely_long_enough_guessable_password() {
        int guessable = PasswordStrengthMeter.score("mario.rossi1980");
        int passphrase = PasswordStrengthMeter.score("correct horse battery staple on Tuesday");
        assertThat(guessable).isLessThan(passphrase);
        assertThat(passphrase).isEqualTo(PasswordStrengthMeter.MAX);
    }

    @Test
    void B2_repeats_and_keyboard_runs_add_little() {
        assertThat(PasswordStrengthMeter.score("aaaaaaaaaaaaaab")).isLessThan(PasswordStrengthMeter.score("qmzvtrklwpdxnhg"));
        assertThat(PasswordStrengthMeter.score("qwertyuiopasdfg")).isLessThan(PasswordStrengthMeter.score("qmzvtrklwpdxnhg"));
    }
}
