package io.portico.application.account.port.in;

import io.portico.domain.access.AccessToggle;
import io.portico.domain.account.AccountId;
import io.portico.domain.contact.ContactId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import java.util.Objects;

/** Turn one toggle of one address on one account on or off, from the version the user saw. */
public record ChangeAccessCommand(StaffId actor, AccountId account, long version, ContactId contact, EmailAddress email,
                                  AccessToggle toggle, boolean on) {

    public ChangeAccessCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(toggle, "toggle");
    }
}
