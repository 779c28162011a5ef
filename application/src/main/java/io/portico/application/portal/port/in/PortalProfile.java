package io.portico.application.portal.port.in;

import io.portico.domain.shared.EmailAddress;
import java.util.Objects;

/** What a client sees of itself under My profile. */
public record PortalProfile(EmailAddress email) {

    public PortalProfile {
        Objects.requireNonNull(email, "email");
    }
}
