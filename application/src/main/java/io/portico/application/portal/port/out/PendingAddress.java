package io.portico.application.portal.port.out;

import io.portico.application.portal.port.PendingCursor;
import io.portico.domain.account.AccountId;
import io.portico.domain.contact.ContactId;
import io.portico.domain.portal.Invitation;
import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * B3: an address with LOGIN on an account and no portal user, as stored: since when LOGIN is on, and
 * the address's newest link on any account (what its state is read from).
 */
public record PendingAddress(AccountId account, String accountName, ContactId contact, String contactName, EmailAddress email,
                             Instant loginOnAt, Optional<Invitation> latest) {

    public PendingAddress {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(loginOnAt, "loginOnAt");
        Objects.requireNonNull(latest, "latest");
    }

    public PendingCursor cursor() {
        return new PendingCursor(loginOnAt, account, contact, email.lookupKey());
    }
}
