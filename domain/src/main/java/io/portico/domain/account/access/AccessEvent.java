package io.portico.domain.account.access;

import io.portico.domain.account.AccountId;
import io.portico.domain.contact.ContactId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What happened to the access of an account: each names the account, who did it and when, and what it
 * is about (the address, contact or staff member, and the old and new values where there are two).
 * History, invitations, team notices — and next NOTIFY delivery, email sync and bulk edit — react to
 * these, never to how a service got there.
 */
public sealed interface AccessEvent {

    AccountId account();

    Actor by();

    Instant at();

    /** B1: LOGIN went on for the address; {@code invite} when a link is to be mailed to it. */
    record LoginTurnedOn(AccountId account, Actor by, Instant at, ContactId contact, EmailAddress email,
                         Optional<Invite> invite) implements AccessEvent {
    }

    /** B6: LOGIN went off for the address of a linked contact. */
    record LoginTurnedOff(AccountId account, Actor by, Instant at, ContactId contact, EmailAddress email) implements AccessEvent {
    }

    record NotifyChanged(AccountId account, Actor by, Instant at, ContactId contact, EmailAddress email, boolean on)
            implements AccessEvent {
    }

    record SyncChanged(AccountId account, Actor by, Instant at, ContactId contact, EmailAddress email, boolean on)
            implements AccessEvent {
    }

    /** F6: a linked contact's addresses changed, from these to these. */
    record AddressesChanged(AccountId account, Actor by, Instant at, ContactId contact, List<EmailAddress> before,
                            List<EmailAddress> after) implements AccessEvent {

        public AddressesChanged {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /** B5: the contact's address {@code from} became {@code to}; the toggles it hands on follow as their own events. */
    record AddressMoved(AccountId account, Actor by, Instant at, ContactId contact, EmailAddress from, EmailAddress to)
            implements AccessEvent {
    }

    /** B8: an activated address left its contact and keeps its LOGIN on the account, unlinked. */
    record KeptAsUnlinked(AccountId account, Actor by, Instant at, EmailAddress email) implements AccessEvent {
    }

    /** B8: staff turned off the LOGIN an unlinked address had kept. */
    record UnlinkedRevoked(AccountId account, Actor by, Instant at, EmailAddress email) implements AccessEvent {
    }

    /** B5, B6: the address's open invitation links for this account no longer grant anything. */
    record LinksVoided(AccountId account, Actor by, Instant at, EmailAddress email) implements AccessEvent {
    }

    record ContactLinked(AccountId account, Actor by, Instant at, ContactId contact) implements AccessEvent {
    }

    record ContactUnlinked(AccountId account, Actor by, Instant at, ContactId contact) implements AccessEvent {
    }

    /** F5: a linked contact was given or lost signer authority. */
    record SignerAuthorityChanged(AccountId account, Actor by, Instant at, ContactId contact, boolean on) implements AccessEvent {
    }

    /** B1, B3, B4: an invitation link was mailed to the address for this account. */
    record InvitationSent(AccountId account, Actor by, Instant at, EmailAddress email) implements AccessEvent {
    }

    /** B2, B10: the address set its portal password; it reaches this account. */
    record Activated(AccountId account, Actor by, Instant at, EmailAddress email) implements AccessEvent {
    }

    /** B9: the client made this account by signing up with the address. */
    record SignedUp(AccountId account, Actor by, Instant at, EmailAddress email) implements AccessEvent {
    }

    /** A6 */
    record TeamMemberAdded(AccountId account, Actor by, Instant at, StaffId member) implements AccessEvent {
    }

    /** A6 */
    record TeamMemberRemoved(AccountId account, Actor by, Instant at, StaffId member) implements AccessEvent {
    }
}
