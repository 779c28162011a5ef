package io.portico.ui.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.portico.application.portal.port.in.PortalSignInUseCase;
import io.portico.application.staff.port.in.AuthenticateStaffUseCase;
import io.portico.application.throttle.port.in.AttemptCommand;
import io.portico.application.throttle.port.in.ThrottleAttemptsUseCase;
import io.portico.domain.throttle.Attempt;
import io.portico.domain.throttle.AttemptKind;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Issue 14 item 6: sign-in failures (staff and portal) and throttled attempts (by kind), counted where they are decided. */
final class MeteredSignIns {

    private final Counter staffFailures;
    private final Counter portalFailures;
    private final Map<AttemptKind, Counter> throttled = new EnumMap<>(AttemptKind.class);

    MeteredSignIns(MeterRegistry registry) {
        staffFailures = failures(registry, "staff");
        portalFailures = failures(registry, "portal");
        for (AttemptKind kind : AttemptKind.values()) {
            throttled.put(kind, Counter.builder("portico.signin.throttled").description("Attempts refused by the throttle, before any check")
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT)).register(registry));
        }
    }

    private static Counter failures(MeterRegistry registry, String realm) {
        return Counter.builder("portico.signin.failures").description("Sign-ins with a wrong address or password")
                .tag("realm", realm).register(registry);
    }

    AuthenticateStaffUseCase staff(AuthenticateStaffUseCase authenticate) {
        return (email, password) -> counted(authenticate.authenticate(email, password), staffFailures);
    }

    PortalSignInUseCase portal(PortalSignInUseCase signIn) {
        return (email, password) -> counted(signIn.signIn(email, password), portalFailures);
    }

    ThrottleAttemptsUseCase throttle(ThrottleAttemptsUseCase throttle) {
        return new ThrottleAttemptsUseCase() {
            @Override
            public Attempt take(AttemptCommand command) {
                Attempt attempt = throttle.take(command);
                if (!attempt.allowed()) {
                    throttled.get(command.kind()).increment();
                }
                return attempt;
            }

            @Override
            public void succeeded(AttemptKind kind, String address) {
                throttle.succeeded(kind, address);
            }
        };
    }

    private static <T> Optional<T> counted(Optional<T> signedIn, Counter failures) {
        if (signedIn.isEmpty()) {
            failures.increment();
        }
        return signedIn;
    }
}
