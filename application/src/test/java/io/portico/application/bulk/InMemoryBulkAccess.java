package io.portico.application.bulk;

import io.portico.application.access.AccessReactions;
import io.portico.application.account.InMemoryAccounts;
import io.portico.application.account.port.AccountListRequest;
import io.portico.application.account.port.AccountRow;
import io.portico.application.bulk.port.AccountFilter;
import io.portico.application.bulk.port.AccountSelection;
import io.portico.application.bulk.port.out.BulkAccessPort;
import io.portico.application.notification.port.out.NotificationPreferencesPort;
import io.portico.domain.access.AccessToggle;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.access.AccessEvent;
import io.portico.domain.account.access.AccountAccess;
import io.portico.domain.account.access.Actor;
import io.portico.domain.bulk.AddressChange;
import io.portico.domain.bulk.BulkAccount;
import io.portico.domain.bulk.BulkAddress;
import io.portico.domain.bulk.BulkContact;
import io.portico.domain.contact.Contact;
import io.portico.domain.job.JobId;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The bulk edit over the in-memory accounts. Its writes go the way of a toggle turned by hand — the access
 * aggregate, saved, its events through the reactions (give it those but the history, which the job writes) — so
 * the set-based adapter is held to what that path does.
 */
public final class InMemoryBulkAccess implements BulkAccessPort {

    /** As PostgreSQL orders uuids: by their bytes, unsigned, which is their text's order. */
    private static final Comparator<AccountId> BY_ID = Comparator.comparing(id -> id.value().toString());

    private final InMemoryAccounts accounts;
    private final AccessReactions reactions;
    private final NotificationPreferencesPort preferences;
    private final Map<JobId, Set<String>> invited = new HashMap<>();

    public InMemoryBulkAccess(InMemoryAccounts accounts, AccessReactions reactions, NotificationPreferencesPort preferences) {
        this.accounts = accounts;
        this.reactions = reactions;
        this.preferences = preferences;
    }

    @Override
    public long count(AccountSelection selection, Optional<StaffId> visibleTo) {
        return selected(selection, visibleTo).size();
    }

    @Override
    public List<BulkAccount> chunk(AccountSelection selection, Optional<StaffId> visibleTo, Optional<AccountId> after, int limit) {
        return selected(selection, visibleTo).stream()
                .filter(account -> after.map(cursor -> BY_ID.compare(account.id(), cursor) > 0).orElse(true))
                .sorted(Comparator.comparing(Account::id, BY_ID))
                .limit(limit)
                .map(account -> bulk(account, visibleTo.map(account::hasTeamMember).orElse(true)))
                .toList();
    }

    private List<Account> selected(AccountSelection selection, Optional<StaffId> visibleTo) {
        Map<AccountId, Account> all = new HashMap<>();
        accounts.all().forEach(account -> all.put(account.id(), account));
        return switch (selection) {
            case AccountSelection.Chosen chosen -> chosen.accounts().stream().map(all::get).filter(java.util.Objects::nonNull).toList();
            case AccountSelection.Matching matching -> matching(matching.filter(), visibleTo).stream().map(all::get).toList();
        };
    }

    /** The list's own filter, page by page. */
    private List<AccountId> matching(AccountFilter filter, Optional<StaffId> visibleTo) {
        var ids = new ArrayList<AccountId>();
        var request = new AccountListRequest(visibleTo, filter.type(), filter.teamMember(), filter.portalStatus(), false,
                Optional.empty(), Optional.empty(), 500, filter.tag());
        List<AccountRow> page = accounts.page(request);
        while (!page.isEmpty()) {
            page.forEach(row -> ids.add(row.id()));
            page = page.size() < request.limit() ? List.of() : accounts.page(request.after(page.getLast()));
        }
        return ids;
    }

    private BulkAccount bulk(Account account, boolean visible) {
        var contacts = account.links().stream().map(link -> {
            Contact contact = accounts.contacts().find(link.contactId()).orElseThrow();
            Set<String> activated = accounts.activated(link.access().stream().map(EmailAccess::email).toList()).stream()
                    .map(EmailAddress::lookupKey).collect(java.util.stream.Collectors.toSet());
            return new BulkContact(contact.id(), contact.name().full(), contact.language(), link.access().stream()
                    .map(access -> new BulkAddress(access, activated.contains(access.email().lookupKey()))).toList());
        }).toList();
        return new BulkAccount(account.id(), account.name().value(), visible, contacts, accounts.archive().archivedAt(account.id()).isPresent());
    }

    @Override
    public synchronized void apply(List<AddressChange> changes, Optional<NotificationPreferences> given, Actor by, Instant at) {
        var byAccount = new LinkedHashMap<AccountId, List<AddressChange>>();
        changes.forEach(change -> byAccount.computeIfAbsent(change.account(), id -> new ArrayList<>()).add(change));
        byAccount.forEach((id, ofAccount) -> {
            AccountAccess access = accounts.load(id).orElseThrow();
            var events = new ArrayList<AccessEvent>();
            for (AddressChange change : ofAccount) {
                for (AccessToggle toggle : AccessToggle.values()) {
                    if (change.before().isOn(toggle) != change.after().isOn(toggle)) {
                        events.addAll(access.turn(change.contact(), change.after().email(), toggle, change.after().isOn(toggle),
                                Optional.empty(), by, at));
                    }
                }
            }
            accounts.save(access, events, by.staff().orElseThrow(), at);
            reactions.on(events);
            given.ifPresent(chosen -> ofAccount.stream().filter(change -> change.turnedOn(AccessToggle.NOTIFY))
                    .forEach(change -> preferences.save(id, change.after().email(), chosen)));
        });
    }

    @Override
    public synchronized Set<String> firstInvitations(JobId job, Collection<EmailAddress> emails) {
        Set<String> done = invited.computeIfAbsent(job, id -> new HashSet<>());
        var fresh = new LinkedHashSet<String>();
        Stream.of(emails.toArray(EmailAddress[]::new)).map(EmailAddress::lookupKey).filter(done::add).forEach(fresh::add);
        return fresh;
    }
}
