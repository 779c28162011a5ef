package io.portico.domain.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class AuthenticatorAppTest {

    /** A stand-in for RFC 6238: the code of a step is the step's last six digits. */
    private static final TimeStepCodes CODES = (secret, step) -> "%06d".formatted(step % 1_000_000);
    private static final TotpSecret SECRET = new TotpSecret("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
    private static final Instant NOW = Instant.ofEpochSecond(30 * 1_000L + 29); // the last second of step 1000

    private final AuthenticatorApp app = new AuthenticatorApp(SECRET, AuthenticatorApp.NO_STEP);

    @Test
    void issue10_6_steps_are_thirty_seconds_from_the_epoch() {
        assertThat(AuthenticatorApp.stepAt(Instant.ofEpochSecond(59))).isEqualTo(1);
        assertThat(AuthenticatorApp.stepAt(Instant.ofEpochSecond(60))).isEqualTo(2);
        assertThat(AuthenticatorApp.stepAt(Instant.EPOCH)).isZero();
    }

    @Test
    void issue10_6_the_code_of_the_current_step_is_good() {
        assertThat(app.match("001000", NOW, CODES)).hasValue(1000);
    }

    @Test
    void issue10_6_one_step_of_clock_skew_either_way_is_accepted() {
        assertThat(app.match("000999", NOW, CODES)).hasValue(999);
        assertThat(app.match("001001", NOW, CODES)).hasValue(1001);
    }

    @Test
    void issue10_6_two_steps_off_is_refused() {
        assertThat(app.match("000998", NOW, CODES)).isEmpty();
        assertThat(app.match("001002", NOW, CODES)).isEmpty();
    }

    @Test
    void issue10_6_a_used_step_and_older_ones_are_refused_no_replay() {
        var used = new AuthenticatorApp(SECRET, 1000);
        assertThat(used.match("001000", NOW, CODES)).isEmpty();
        assertThat(used.match("000999", NOW, CODES)).isEmpty();
        assertThat(used.match("001001", NOW, CODES)).hasValue(1001);
    }

    @Test
    void issue10_6_a_step_just_after_the_last_used_one_is_good() {
        assertThat(new AuthenticatorApp(SECRET, 999).match("001000", NOW, CODES)).hasValue(1000);
        assertThat(new AuthenticatorApp(SECRET, 998).match("000999", NOW, CODES)).hasValue(999);
    }

    @Test
    void spaces_as_apps_show_them_are_ignored() {
        assertThat(app.match(" 001 000 ", NOW, CODES)).hasValue(1000);
    }

    @Test
    void anything_but_six_digits_is_refused_without_computing() {
        TimeStepCodes never = (secret, step) -> {
            throw new AssertionError("not computed");
        };
        assertThat(app.match(null, NOW, never)).isEmpty();
        assertThat(app.match("01000", NOW, never)).isEmpty();
        assertThat(app.match("0010000", NOW, never)).isEmpty();
        assertThat(app.match("00100a", NOW, never)).isEmpty();
    }

    @Test
    void a_wrong_code_is_refused() {
        assertThat(app.match("123456", NOW, CODES)).isEqualTo(OptionalLong.empty());
    }
}
