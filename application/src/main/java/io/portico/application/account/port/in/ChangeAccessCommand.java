package io.portico.application.account.port.in;

import io.portico.domain.access.AccessToggle;
import io.portico.domain.account.AccountId;
import io.portico.domain.contact.ContactId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import java.util.Objects;
import java.util.Optional;

/**
 * Turn one toggle of one address on one account on or off, from the version the user saw; turning
 * LOGIN on, with or without an invitation (B1: <b>Send</b> or <b>Skip</b>).
 */
public record ChangeAccessCommand(StaffId actor, AccountId account, long version, ContactId contact, EmailAddress email,
                                  AccessToggle toggle, boolean on, Optional<InvitationRequest> invitation) {

    public ChangeAccessCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(toggle, "toggle");
        Objects.requireNonNull(invitation, "invitation");
    }

    /** No invitation: another toggle, LOGIN off, or LOGIN on with the invitation skipped. */
    public ChangeAccessCommand(StaffId actor, AccountId account, long version, ContactId contact, EmailAddress email,
                               AccessToggle toggle, boolean on) {
        this(actor, account, version, contact, email, toggle, on, Optional.empty());
    }
}
