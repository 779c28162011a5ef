package io.portico.application.audit;

import io.portico.application.access.AccessEventListener;
import io.portico.application.audit.port.out.AccessAuditPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.access.AccessEvent;
import io.portico.domain.account.access.Actor;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.domain.account.access.HistoryType;
import io.portico.domain.contact.ContactId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the access history: one entry per event that changes who may do what, as data. Names of
 * contacts and staff are kept as they were at the time, so the entry still reads after a rename.
 */
public final class AccessHistory implements AccessEventListener {

    private final AccessAuditPort port;
    private final StaffPort staff;
    private final ContactPort contacts;

    public AccessHistory(AccessAuditPort port, StaffPort staff, ContactPort contacts) {
        this.port = port;
        this.staff = staff;
        this.contacts = contacts;
    }

    @Override
    public List<AccessEvent> on(AccessEvent event) {
        entry(event).ifPresent(port::record);
        return List.of();
    }

    private Optional<HistoryEntry> entry(AccessEvent event) {
        AccountId account = event.account();
        Actor by = event.by();
        Instant at = event.at();
        return Optional.ofNullable(switch (event) {
            case AccessEvent.LoginTurnedOn on -> HistoryEntry.switched(account, by, at, HistoryType.LOGIN, on.email().value(), true);
            case AccessEvent.LoginTurnedOff off -> HistoryEntry.switched(account, by, at, HistoryType.LOGIN, off.email().value(), false);
            case AccessEvent.UnlinkedRevoked revoked ->
                    HistoryEntry.switched(account, by, at, HistoryType.LOGIN, revoked.email().value(), false);
            case AccessEvent.NotifyChanged n -> HistoryEntry.switched(account, by, at, HistoryType.NOTIFY, n.email().value(), n.on());
            case AccessEvent.SyncChanged s -> HistoryEntry.switched(account, by, at, HistoryType.EMAIL_SYNC, s.email().value(), s.on());
            case AccessEvent.SignerAuthorityChanged s ->
                    HistoryEntry.switched(account, by, at, HistoryType.SIGNER_AUTHORITY, nameOf(s.contact()), s.on());
            case AccessEvent.AddressesChanged c -> new HistoryEntry(account, by, at, HistoryType.ADDRESSES_CHANGED, nameOf(c.contact()),
                    addresses(c.before()), addresses(c.after()));
            case AccessEvent.ContactLinked l -> new HistoryEntry(account, by, at, HistoryType.CONTACT_LINKED, nameOf(l.contact()));
            case AccessEvent.ContactUnlinked u -> new HistoryEntry(account, by, at, HistoryType.CONTACT_UNLINKED, nameOf(u.contact()));
            case AccessEvent.TeamMemberAdded a -> new HistoryEntry(account, by, at, HistoryType.TEAM_MEMBER_ADDED, nameOf(a.member()));
            case AccessEvent.TeamMemberRemoved r -> new HistoryEntry(account, by, at, HistoryType.TEAM_MEMBER_REMOVED, nameOf(r.member()));
            case AccessEvent.KeptAsUnlinked k -> new HistoryEntry(account, by, at, HistoryType.KEPT_UNLINKED, k.email().value());
            case AccessEvent.InvitationSent i -> new HistoryEntry(account, by, at, HistoryType.INVITATION_SENT, i.email().value());
            case AccessEvent.Activated a -> new HistoryEntry(account, by, at, HistoryType.ACTIVATED, a.email().value());
            case AccessEvent.SignedUp s -> new HistoryEntry(account, by, at, HistoryType.SIGNED_UP, s.email().value());
            // the toggles an address hands on, and the links that stop working, have entries of their own or none
            case AccessEvent.AddressMoved ignored -> null;
            case AccessEvent.LinksVoided ignored -> null;
        });
    }

    private String nameOf(ContactId contact) {
        return contacts.find(contact).map(c -> c.name().full()).orElse("");
    }

    private String nameOf(StaffId member) {
        return staff.findById(member).map(m -> m.name().full()).orElse(member.value().toString());
    }

    private static String addresses(List<EmailAddress> emails) {
        return emails.stream().map(EmailAddress::value).collect(Collectors.joining(", "));
    }
}
