package io.portico.application.account.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.util.Objects;
import java.util.Optional;

/**
 * Issue 12, item 8: one contact, existing or new, added to an account the actor saw at {@code version},
 * with its link's description, signer settings and toggles; {@code invitation} when LOGIN goes on and staff
 * chose <b>Send</b> (B1).
 */
public record AddContactCommand(StaffId actor, AccountId account, long version, ContactEntry contact,
                                Optional<InvitationRequest> invitation) {

    public AddContactCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(contact, "contact");
        invitation = invitation == null ? Optional.empty() : invitation;
    }

    public AddContactCommand withInvitation(Optional<InvitationRequest> request) {
        return new AddContactCommand(actor, account, version, contact, request);
    }
}
