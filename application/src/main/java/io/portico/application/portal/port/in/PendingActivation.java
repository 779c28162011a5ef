package io.portico.application.portal.port.in;

import io.portico.application.portal.port.PendingCursor;
import io.portico.domain.account.AccountId;
import io.portico.domain.contact.ContactId;
import io.portico.domain.portal.LoginState;
import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.Optional;

/**
 * B3: a row of Clients → Pending activation: whose address, its state (not invited, invited or expired),
 * when it was last sent a link and since when LOGIN is on.
 */
public record PendingActivation(AccountId account, String accountName, ContactId contact, String contactName, EmailAddress email,
                                LoginState state, Optional<Instant> lastInvitedAt, Instant loginOnAt) {

    /** The next page starts after this row. */
    public PendingCursor cursor() {
        return new PendingCursor(loginOnAt, account, contact, email.lookupKey());
    }
}
