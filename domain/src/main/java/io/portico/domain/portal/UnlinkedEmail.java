package io.portico.domain.portal;

import io.portico.domain.account.AccountId;
import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.Objects;

/**
 * B8: an address that activated its portal access and was then removed from its contact (or changed to
 * another): it keeps LOGIN on the account until staff turn it off, although no contact carries it.
 */
public record UnlinkedEmail(AccountId account, EmailAddress email, Instant since) {

    public UnlinkedEmail {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(since, "since");
    }
}
