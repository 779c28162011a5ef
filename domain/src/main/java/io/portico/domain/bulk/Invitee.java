package io.portico.domain.bulk;

import io.portico.domain.account.AccountId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.Language;
import java.util.Objects;
import java.util.Optional;

/** B1 in a bulk edit: an address owed an invitation to an account, in its contact's language (the firm's if none). */
public record Invitee(AccountId account, String accountName, EmailAddress email, Optional<Language> language) {

    public Invitee {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(accountName, "accountName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
    }
}
