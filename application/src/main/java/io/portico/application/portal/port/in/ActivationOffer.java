package io.portico.application.portal.port.in;

import io.portico.domain.shared.EmailAddress;
import java.util.Objects;

/** B2: what the page of a working invitation link shows: whose password is set, for which account. */
public record ActivationOffer(EmailAddress email, String accountName) {

    public ActivationOffer {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(accountName, "accountName");
    }
}
