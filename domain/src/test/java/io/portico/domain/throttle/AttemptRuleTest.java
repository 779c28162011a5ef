package io.portico.domain.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttemptRuleTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private final AttemptRule rule = new AttemptRule(3, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofHours(1));

    @Test
    void issue10_11_the_first_attempts_go_through_at_once() {
        assertThat(rule.delayAfter(1)).isZero();
        assertThat(rule.delayAfter(2)).isZero();
    }

    @Test
    void issue10_11_after_the_free_attempts_the_delay_doubles_up_to_the_maximum() {
        assertThat(rule.delayAfter(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(rule.delayAfter(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(rule.delayAfter(5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(rule.delayAfter(8)).isEqualTo(Duration.ofSeconds(32));
        assertThat(rule.delayAfter(9)).isEqualTo(Duration.ofSeconds(60));
        assertThat(rule.delayAfter(32)).isEqualTo(Duration.ofSeconds(60));
        assertThat(rule.delayAfter(33)).isEqualTo(Duration.ofSeconds(60));
        assertThat(rule.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void after_30_doublings_the_maximum_holds() {
        var rule = new AttemptRule(1, Duration.ofNanos(1), Duration.ofDays(1000), Duration.ofHours(1));
        assertThat(rule.delayAfter(30)).isEqualTo(Duration.ofNanos(1L << 29));
        assertThat(rule.delayAfter(31)).isEqualTo(Duration.ofDays(1000));
    }

    @Test
    void issue10_11_a_delay_of_exactly_the_maximum_is_kept() {
        var rule = new AttemptRule(1, Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofHours(1));
        assertThat(rule.delayAfter(2)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void issue10_11_a_first_attempt_starts_a_counter() {
        assertThat(rule.take(Optional.empty(), NOW)).isEqualTo(new Attempt.Allowed(new AttemptCounter(1, NOW, NOW)));
    }

    @Test
    void issue10_11_an_attempt_before_the_delay_is_over_is_refused_with_the_time_left() {
        var counter = new AttemptCounter(3, NOW, NOW.plusSeconds(1));
        assertThat(rule.take(Optional.of(counter), NOW.plusMillis(400))).isEqualTo(new Attempt.Refused(Duration.ofMillis(600)));
    }

    @Test
    void issue10_11_an_attempt_once_the_delay_is_over_is_counted_and_waits_longer_next_time() {
        var counter = new AttemptCounter(3, NOW, NOW.plusSeconds(1));
        Instant later = NOW.plusSeconds(1);
        assertThat(rule.take(Optional.of(counter), later))
                .isEqualTo(new Attempt.Allowed(new AttemptCounter(4, later, later.plusSeconds(2))));
    }

    @Test
    void issue10_11_a_key_quiet_for_the_forget_period_starts_afresh() {
        var counter = new AttemptCounter(20, NOW, NOW.plus(Duration.ofHours(2)));
        Instant forgotten = NOW.plus(Duration.ofHours(1));
        assertThat(rule.take(Optional.of(counter), forgotten)).isEqualTo(new Attempt.Allowed(new AttemptCounter(1, forgotten, forgotten)));
        Instant justBefore = forgotten.minusMillis(1);
        assertThat(rule.take(Optional.of(counter), justBefore)).isInstanceOf(Attempt.Refused.class);
    }

    @Test
    void only_an_allowed_attempt_is_allowed() {
        assertThat(new Attempt.Allowed(new AttemptCounter(1, NOW, NOW)).allowed()).isTrue();
        assertThat(new Attempt.Refused(Duration.ofSeconds(1)).allowed()).isFalse();
    }

    @Test
    void a_rule_needs_a_free_attempt_and_positive_delays_in_order() {
        Duration second = Duration.ofSeconds(1);
        assertThatThrownBy(() -> new AttemptRule(0, second, second, second)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttemptRule(1, Duration.ZERO, second, second)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttemptRule(1, second.negated(), second, second)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttemptRule(1, second, Duration.ZERO, second)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttemptRule(1, second, second, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttemptRule(1, second.multipliedBy(2), second, second)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttemptRule(1, null, second, second)).isInstanceOf(NullPointerException.class);
        new AttemptRule(1, second, second, second);
    }

    @Test
    void a_counter_counts_at_least_one_attempt() {
        assertThatThrownBy(() -> new AttemptCounter(0, NOW, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new AttemptCounter(1, NOW, NOW).attempts()).isEqualTo(1);
    }

    @Test
    void issue10_11_addresses_count_alike_whatever_their_case_and_blanks() {
        assertThat(ThrottleKey.address(AttemptKind.STAFF_SIGN_IN, " Anna@Studio.IT "))
                .isEqualTo(new ThrottleKey(AttemptKind.STAFF_SIGN_IN, "address:anna@studio.it"));
        assertThat(ThrottleKey.address(AttemptKind.STAFF_SIGN_IN, null).subject()).isEqualTo("address:");
        assertThat(ThrottleKey.clientIp(AttemptKind.SIGNUP, "203.0.113.7").subject()).isEqualTo("ip:203.0.113.7");
        assertThat(ThrottleKey.clientIp(AttemptKind.SIGNUP, null).subject()).isEqualTo("ip:unknown");
    }

    @Test
    void issue10_11_typed_subjects_are_made_storable_and_bounded() {
        assertThat(ThrottleKey.address(AttemptKind.PORTAL_SIGN_IN, "an\u0000na@studio.it\u0007").subject()).isEqualTo("address:anna@studio.it");
        assertThat(ThrottleKey.clientIp(AttemptKind.PORTAL_SIGN_IN, "203.0.113.7\u0000").subject()).isEqualTo("ip:203.0.113.7");
        assertThat(ThrottleKey.address(AttemptKind.PORTAL_SIGN_IN, "a".repeat(400)).subject()).isEqualTo("address:" + "a".repeat(320));
        assertThat(ThrottleKey.address(AttemptKind.PORTAL_SIGN_IN, "a".repeat(320)).subject()).isEqualTo("address:" + "a".repeat(320));
    }

    @Test
    void issue10_11_successes_clear_the_count_of_secrets_but_not_of_mail_requests() {
        assertThat(AttemptKind.values()).filteredOn(AttemptKind::clearedBySuccess).containsExactly(
                AttemptKind.STAFF_SIGN_IN, AttemptKind.PORTAL_SIGN_IN, AttemptKind.CURRENT_PASSWORD, AttemptKind.SECOND_FACTOR);
    }
}
