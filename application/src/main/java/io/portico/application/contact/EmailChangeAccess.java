package io.portico.application.contact;

import io.portico.application.access.AccessChanges;
import io.portico.application.access.port.out.LoadAccessPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.access.AccountAccess;
import io.portico.domain.account.access.Actor;
import io.portico.domain.account.access.Invite;
import io.portico.domain.contact.Contact;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * B5, B8, F6: a contact's changed addresses take their access along on every account it is linked to
 * (see {@link AccountAccess#addressesChanged}), in the caller's transaction.
 */
public final class EmailChangeAccess {

    private final LoadAccessPort load;
    private final AccessChanges changes;

    public EmailChangeAccess(LoadAccessPort load, AccessChanges changes) {
        this.load = load;
        this.changes = changes;
    }

    /** The access of the accounts, read before the contact is saved: it still holds the old addresses' toggles. */
    public List<AccountAccess> before(List<AccountId> accounts) {
        return accounts.stream().map(load::load).flatMap(Optional::stream).toList();
    }

    /** The invitations a changed address gets (B5) go in the contact's language. */
    public void follow(List<AccountAccess> before, Contact after, StaffId by, Instant now) {
        Set<EmailAddress> activated = load.activated(after.emails().all());
        for (AccountAccess access : before) {
            changes.commit(access, access.addressesChanged(after.id(), after.emails(), activated, new Invite(""),
                    Actor.staff(by), now), by, now);
        }
    }
}
