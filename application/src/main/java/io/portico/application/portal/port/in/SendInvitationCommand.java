package io.portico.application.portal.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import java.util.Objects;

/** B1, B3, B4: send an address of an account its invitation link (again), with a personal message, in the contact's language. */
public record SendInvitationCommand(StaffId actor, AccountId account, EmailAddress email, String personalMessage) {

    public SendInvitationCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(email, "email");
        personalMessage = personalMessage == null ? "" : personalMessage;
    }
}
