package io.portico.ui.config;

import io.portico.application.shared.port.out.Transactions;
import io.portico.application.throttle.ThrottleService;
import io.portico.application.throttle.port.in.ForgetIdleAttemptsUseCase;
import io.portico.application.throttle.port.out.AttemptCounterPort;
import io.portico.domain.throttle.AttemptKind;
import io.portico.domain.throttle.AttemptRule;
import io.portico.domain.throttle.AttemptRules;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Issue 10 item 11: the throttle's rules from {@code portico.throttle.*}. Secrets (passwords, current
 * passwords, second-factor codes) share one set of rules, requests that send mail (reset links,
 * sign-ups) another; every kind still counts on its own.
 */
@Configuration(proxyBeanMethods = false)
class ThrottleConfiguration {

    /** One set of rules as the properties under a prefix give it. */
    record Limits(int freePerAddress, int freePerIp, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {

        AttemptRules rules() {
            return new AttemptRules(new AttemptRule(freePerAddress, firstDelay, maxDelay, forgetAfter),
                    new AttemptRule(freePerIp, firstDelay, maxDelay, forgetAfter));
        }
    }

    @Bean
    ThrottleService throttle(AttemptCounterPort counters, Transactions transactions, Clock clock,
                             @Value("${portico.throttle.secret.free-per-address}") int secretPerAddress,
                             @Value("${portico.throttle.secret.free-per-ip}") int secretPerIp,
                             @Value("${portico.throttle.secret.first-delay}") Duration secretFirstDelay,
                             @Value("${portico.throttle.secret.max-delay}") Duration secretMaxDelay,
                             @Value("${portico.throttle.secret.forget-after}") Duration secretForgetAfter,
                             @Value("${portico.throttle.mail.free-per-address}") int mailPerAddress,
                             @Value("${portico.throttle.mail.free-per-ip}") int mailPerIp,
                             @Value("${portico.throttle.mail.first-delay}") Duration mailFirstDelay,
                             @Value("${portico.throttle.mail.max-delay}") Duration mailMaxDelay,
                             @Value("${portico.throttle.mail.forget-after}") Duration mailForgetAfter) {
        AttemptRules secret = new Limits(secretPerAddress, secretPerIp, secretFirstDelay, secretMaxDelay, secretForgetAfter).rules();
        AttemptRules mail = new Limits(mailPerAddress, mailPerIp, mailFirstDelay, mailMaxDelay, mailForgetAfter).rules();
        Map<AttemptKind, AttemptRules> rules = Arrays.stream(AttemptKind.values())
                .collect(Collectors.toMap(Function.identity(), kind -> kind.clearedBySuccess() ? secret : mail));
        return new ThrottleService(counters, rules, transactions, clock);
    }

    @Bean
    IdleAttemptsSchedule idleAttemptsSchedule(ForgetIdleAttemptsUseCase forget) {
        return new IdleAttemptsSchedule(forget);
    }

    /** Once an hour, on every node, quiet counters go (deleting twice is harmless). */
    record IdleAttemptsSchedule(ForgetIdleAttemptsUseCase forget) {

        @Scheduled(fixedDelayString = "${portico.housekeeping.interval:1h}", initialDelayString = "${portico.housekeeping.interval:1h}")
        void forgetIdleAttempts() {
            forget.forgetIdle();
        }
    }
}
