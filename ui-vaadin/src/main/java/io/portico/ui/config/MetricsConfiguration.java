package io.portico.ui.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.portico.application.job.JobKind;
import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.mail.port.out.OutboxFiguresPort;
import io.portico.application.mailbox.port.out.MailboxHealthPort;
import io.portico.application.portal.PortalSignInService;
import io.portico.application.portal.port.in.PortalSignInUseCase;
import io.portico.application.staff.AuthenticateStaffService;
import io.portico.application.staff.port.in.AuthenticateStaffUseCase;
import io.portico.application.throttle.ThrottleService;
import io.portico.application.throttle.port.in.ThrottleAttemptsUseCase;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Issue 14 item 6: Portico's own metrics (portico_* at /actuator/prometheus). The application knows nothing of
 * Micrometer: its ports and use cases are counted here, where they are wired — the dispatcher's outbox, the sync's
 * mailbox reports and every job kind through {@link #metered} at their wiring, the sign-ins through the primary
 * beans below, which wrap the services the views would otherwise get.
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    /** Wrappers for the ports the dispatcher, the sync and the job worker are wired with. */
    record Metered(MeterRegistry registry) {

        MailOutboxPort outbox(MailOutboxPort outbox) {
            return new MeteredOutbox(outbox, registry);
        }

        MailboxHealthPort mailboxHealth(MailboxHealthPort health) {
            return new MeteredMailboxHealth(health, registry);
        }

        List<JobKind> jobKinds(List<JobKind> kinds) {
            return kinds.stream().<JobKind>map(kind -> new MeteredJobKind(kind, registry)).toList();
        }
    }

    @Bean
    Metered metered(MeterRegistry registry) {
        return new Metered(registry);
    }

    @Bean
    HealthGauges healthGauges(OutboxFiguresPort outbox, MailboxHealthPort mailboxes,
                              @Value("${portico.metrics.fresh:5s}") Duration fresh, Clock clock) {
        return new HealthGauges(outbox, mailboxes, fresh, clock);
    }

    @Bean
    SessionMeter sessionMeter() {
        return new SessionMeter();
    }

    @Bean
    MeteredSignIns meteredSignIns(MeterRegistry registry) {
        return new MeteredSignIns(registry);
    }

    @Bean
    @Primary
    AuthenticateStaffUseCase meteredStaffSignIn(MeteredSignIns signIns, AuthenticateStaffService authenticate) {
        return signIns.staff(authenticate);
    }

    @Bean
    @Primary
    PortalSignInUseCase meteredPortalSignIn(MeteredSignIns signIns, PortalSignInService signIn) {
        return signIns.portal(signIn);
    }

    @Bean
    @Primary
    ThrottleAttemptsUseCase meteredThrottle(MeteredSignIns signIns, ThrottleService throttle) {
        return signIns.throttle(throttle);
    }
}
