package io.portico.application.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import io.portico.application.throttle.port.in.AttemptCommand;
import io.portico.domain.throttle.Attempt;
import io.portico.domain.throttle.AttemptKind;
import io.portico.domain.throttle.AttemptRule;
import io.portico.domain.throttle.AttemptRules;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ThrottleServiceTest {

    private static final AttemptRule PER_ADDRESS = new AttemptRule(2, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1));
    private static final AttemptRule PER_IP = new AttemptRule(4, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(2));
    private static final String IP = "203.0.113.7";

    private final MutableClock clock = MutableClock.startingAt("2026-11-30T09:00:00Z");
    private final InMemoryAttemptCounters counters = new InMemoryAttemptCounters();
    private final ThrottleService throttle = new ThrottleService(counters, allKinds(), new DirectTransactions(), clock);

    private static Map<AttemptKind, AttemptRules> allKinds() {
        return Arrays.stream(AttemptKind.values())
                .collect(Collectors.toMap(Function.identity(), kind -> new AttemptRules(PER_ADDRESS, PER_IP)));
    }

    private Attempt signIn(String address, String ip) {
        return throttle.take(new AttemptCommand(AttemptKind.STAFF_SIGN_IN, address, ip));
    }

    @Test
    void issue10_11_an_address_gets_a_growing_delay_not_a_lock() {
        assertThat(signIn("anna@studio.it", IP).allowed()).isTrue();
        assertThat(signIn("Anna@Studio.it", "198.51.100.1").allowed()).isTrue();
        assertThat(signIn("anna@studio.it", "198.51.100.2")).isEqualTo(new Attempt.Refused(Duration.ofSeconds(1)));

        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn("anna@studio.it", "198.51.100.3").allowed()).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn("anna@studio.it", "198.51.100.3")).isEqualTo(new Attempt.Refused(Duration.ofSeconds(1)));
    }

    @Test
    void issue10_11_one_client_ip_trying_many_addresses_is_slowed_down() {
        IntStream.range(0, 4).forEach(i -> assertThat(signIn("person" + i + "@studio.it", IP).allowed()).isTrue());
        assertThat(signIn("someone.else@studio.it", IP).allowed()).isFalse();
        assertThat(signIn("someone.else@studio.it", "198.51.100.1").allowed()).isTrue();
    }

    @Test
    void issue10_11_an_attempt_refused_by_its_ip_leaves_the_addresss_count_alone() {
        IntStream.range(0, 4).forEach(i -> signIn("person" + i + "@studio.it", IP));
        IntStream.range(0, 5).forEach(i -> signIn("anna@studio.it", IP));
        assertThat(signIn("anna@studio.it", "198.51.100.1").allowed()).isTrue();
        assertThat(signIn("anna@studio.it", "198.51.100.1").allowed()).isTrue();
    }

    @Test
    void issue10_11_a_success_clears_the_addresss_failures_but_not_the_ips() {
        signIn("anna@studio.it", IP);
        signIn("anna@studio.it", IP);
        throttle.succeeded(AttemptKind.STAFF_SIGN_IN, " ANNA@studio.it");
        assertThat(signIn("anna@studio.it", IP).allowed()).isTrue();
        assertThat(signIn("anna@studio.it", IP).allowed()).isTrue();
        assertThat(signIn("other@studio.it", IP).allowed()).isFalse();
    }

    @Test
    void issue10_11_mail_requests_count_even_after_a_success() {
        AttemptCommand request = new AttemptCommand(AttemptKind.PORTAL_PASSWORD_RESET, "anna@studio.it", IP);
        throttle.take(request);
        throttle.take(request);
        throttle.succeeded(AttemptKind.PORTAL_PASSWORD_RESET, "anna@studio.it");
        assertThat(throttle.take(request).allowed()).isFalse();
    }

    @Test
    void issue10_11_each_kind_counts_apart() {
        signIn("anna@studio.it", IP);
        signIn("anna@studio.it", IP);
        assertThat(throttle.take(new AttemptCommand(AttemptKind.CURRENT_PASSWORD, "anna@studio.it", IP)).allowed()).isTrue();
        assertThat(throttle.take(new AttemptCommand(AttemptKind.SECOND_FACTOR, "anna@studio.it", IP)).allowed()).isTrue();
    }

    @Test
    void counters_are_forgotten_after_the_longest_quiet_period_of_any_rule() {
        signIn("anna@studio.it", IP);
        clock.advance(Duration.ofHours(2).minusSeconds(1));
        assertThat(throttle.forgetIdle()).isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.forgetIdle()).isEqualTo(2);
    }

    @Test
    void every_kind_needs_its_rules() {
        var some = new EnumMap<>(allKinds());
        some.remove(AttemptKind.SIGNUP);
        assertThatThrownBy(() -> new ThrottleService(counters, some, new DirectTransactions(), clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SIGNUP");
    }

    @Test
    void a_command_needs_a_kind() {
        assertThatThrownBy(() -> new AttemptCommand(null, "anna@studio.it", IP)).isInstanceOf(NullPointerException.class);
    }
}
