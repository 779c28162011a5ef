package io.portico.application.portal.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import java.util.Locale;
import java.util.Objects;

/** B1, B3, B4: send an address of an account its invitation link (again), with a personal message. */
public record SendInvitationCommand(StaffId actor, AccountId account, EmailAddress email, String personalMessage,
                                    Locale language) {

    public SendInvitationCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
        personalMessage = personalMessage == null ? "" : personalMessage;
    }
}
