package io.portico.application.portal.port.in;

import io.portico.domain.shared.EmailAddress;

/** B9: what the verification page shows before the client confirms. */
public record SignupOffer(EmailAddress email, String accountName) {
}
