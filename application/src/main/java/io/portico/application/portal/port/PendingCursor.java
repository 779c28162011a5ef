package io.portico.application.portal.port;

import io.portico.domain.account.AccountId;
import io.portico.domain.contact.ContactId;
import java.time.Instant;
import java.util.Objects;

/**
 * B3: where a page of pending addresses ends, in the list's order: longest pending first, then
 * account id and contact id (as text, as PostgreSQL orders uuids), then the address's key (by code point).
 */
public record PendingCursor(Instant loginOnAt, AccountId account, ContactId contact, String emailKey) {

    public PendingCursor {
        Objects.requireNonNull(loginOnAt, "loginOnAt");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(emailKey, "emailKey");
    }
}
