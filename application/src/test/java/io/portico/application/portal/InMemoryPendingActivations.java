package io.portico.application.portal;

import io.portico.application.account.InMemoryAccounts;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.link.InMemoryMailedLinks;
import io.portico.application.portal.port.out.PendingActivationPort;
import io.portico.application.portal.port.out.PendingAddress;
import io.portico.application.portal.port.PendingCursor;
import io.portico.domain.staff.StaffId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** B3 by scanning every account: fine for tests, not for firms. */
public final class InMemoryPendingActivations implements PendingActivationPort {

    /** The jOOQ adapter's order: uuids as text, address keys by code point (collation "C"). */
    private static final Comparator<PendingCursor> ORDER = Comparator.comparing(PendingCursor::loginOnAt)
            .thenComparing(c -> c.account().value().toString())
            .thenComparing(c -> c.contact().value().toString())
            .thenComparing(PendingCursor::emailKey);

    private final InMemoryAccounts accounts;
    private final InMemoryContacts contacts;
    private final InMemoryPortalUsers users;
    private final InMemoryMailedLinks links;

    public InMemoryPendingActivations(InMemoryAccounts accounts, InMemoryContacts contacts, InMemoryPortalUsers users,
                                      InMemoryMailedLinks links) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.users = users;
        this.links = links;
    }

    @Override
    public List<PendingAddress> page(Optional<StaffId> visibleTo, Optional<PendingCursor> after, int limit) {
        return accounts.all().stream()
                .filter(account -> visibleTo.map(account::hasTeamMember).orElse(true))
                .filter(account -> accounts.archive().archivedAt(account.id()).isEmpty())
                .flatMap(account -> account.links().stream().flatMap(link -> link.access().stream()
                        .filter(access -> access.login() && users.findByEmail(access.email()).isEmpty())
                        .map(access -> new PendingAddress(account.id(), account.name().value(), link.contactId(),
                                contacts.find(link.contactId()).map(c -> c.name().full()).orElse(""), access.email(),
                                accounts.loginOnAt(account.id(), link.contactId(), access.email()).orElseThrow(),
                                links.latestInvitation(access.email())))))
                .filter(row -> after.map(cursor -> ORDER.compare(row.cursor(), cursor) > 0).orElse(true))
                .sorted(Comparator.comparing(PendingAddress::cursor, ORDER))
                .limit(limit)
                .toList();
    }
}
