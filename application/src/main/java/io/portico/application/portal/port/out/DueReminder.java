package io.portico.application.portal.port.out;

import io.portico.domain.account.AccountId;
import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.Objects;

/** An invitation owed its reminder: for which account and address, and when its link expires. */
public record DueReminder(AccountId account, EmailAddress email, Instant expiresAt) {

    public DueReminder {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
