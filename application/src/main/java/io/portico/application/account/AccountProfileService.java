package io.portico.application.account;

import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.staff.StaffMember;
import java.util.Map;
import java.util.stream.Collectors;
import io.portico.application.account.port.in.AccountProfile;
import io.portico.application.account.port.in.AccountProfileQuery;
import io.portico.application.audit.port.out.AccessAuditPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.domain.account.ContactLink;
import io.portico.domain.contact.Contact;
import io.portico.domain.staff.StaffId;
import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class AccountProfileService implements AccountProfileQuery {

    private static final int HISTORY = 50;

    private final Viewers viewers;
    private final ContactPort contacts;
    private final AccessAuditPort audit;
    private final StaffPort staff;

    public AccountProfileService(Viewers viewers, ContactPort contacts, AccessAuditPort audit, StaffPort staff) {
        this.viewers = viewers;
        this.contacts = contacts;
        this.audit = audit;
        this.staff = staff;
    }

    @Override
    public Optional<AccountProfile> profile(StaffId viewer, AccountId id) {
        var visibility = viewers.of(viewer);
        return viewers.visible(viewer, id).map(account -> {
            List<Contact> linked = contacts.findAll(account.links().stream().map(ContactLink::contactId).toList());
            List<HistoryEntry> history = audit.history(id, HISTORY);
            Map<StaffId, String> changedBy = history.stream().flatMap(change -> change.by().staff().stream()).distinct()
                    .flatMap(member -> staff.findById(member).stream())
                    .collect(Collectors.toMap(StaffMember::id, member -> member.name().full()));
            Optional<Instant> archivedAt = viewers.archivedAt(id);
            boolean manageable = visibility.canEdit(account);
            return new AccountProfile(aligned(account, linked), linked.stream().sorted(alphabetically()).toList(),
                    history, changedBy, manageable && archivedAt.isEmpty(), manageable, archivedAt);
        });
    }

    /** Each link's toggles for its contact's addresses as they are now (F6). */
    static Account aligned(Account account, List<Contact> linked) {
        return account.withLinks(account.links().stream()
                .map(link -> linked.stream().filter(c -> c.id().equals(link.contactId())).findFirst()
                        .map(link::alignedWith).orElse(link))
                .toList());
    }

    /** F5: contacts in alphabetical order, by last then first name, accents ignored. */
    private static Comparator<Contact> alphabetically() {
        Collator collator = Collator.getInstance();
        collator.setStrength(Collator.PRIMARY);
        return Comparator.comparing((Contact c) -> c.name().last(), collator).thenComparing(c -> c.name().first(), collator);
    }
}
