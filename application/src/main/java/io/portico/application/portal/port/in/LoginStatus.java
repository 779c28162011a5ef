package io.portico.application.portal.port.in;

import io.portico.domain.portal.LoginState;
import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** B4: where one address of an account stands, and when it was last sent a link (on any account). */
public record LoginStatus(EmailAddress email, LoginState state, Optional<Instant> lastInvitedAt) {

    public LoginStatus {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastInvitedAt, "lastInvitedAt");
    }
}
