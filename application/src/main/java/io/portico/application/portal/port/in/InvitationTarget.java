package io.portico.application.portal.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.shared.EmailAddress;
import java.util.Objects;

/** B3: one address of one account to send a link to. */
public record InvitationTarget(AccountId account, EmailAddress email) {

    public InvitationTarget {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(email, "email");
    }
}
