package io.portico.application.account;

import io.portico.application.access.port.out.LoadAccessPort;
import io.portico.application.access.port.out.SaveAccessPort;
import io.portico.application.account.port.AccountListRequest;
import io.portico.application.account.port.AccountColumn;
import io.portico.application.account.port.AccountRow;
import io.portico.application.account.port.PortalStatus;
import io.portico.application.account.port.AccountFigures;
import io.portico.application.account.port.out.AccountFiguresPort;
import io.portico.application.account.port.SearchHit;
import io.portico.application.account.port.out.AccountListPort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.contact.port.ContactListRequest;
import io.portico.application.contact.port.ContactRow;
import io.portico.application.contact.port.out.ContactListPort;
import io.portico.application.contact.port.ContactMatch;
import io.portico.domain.portal.PortalAccount;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.portal.InMemoryPortalUsers;
import io.portico.application.portal.port.out.UnlinkedAccessPort;
import io.portico.domain.portal.UnlinkedEmail;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.contact.ContactId;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.tag.InMemoryTags;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.ContactLink;
import io.portico.domain.account.access.AccessEvent;
import io.portico.domain.account.access.AccountAccess;
import io.portico.domain.access.AccessToggle;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.stream.Collectors;
import io.portico.domain.contact.Contact;
import io.portico.domain.shared.StaleRecordException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagScope;
import io.portico.application.staff.port.AccountToReassign;
import io.portico.application.staff.port.out.SoleTeamAccountsPort;
import io.portico.domain.staff.StaffMember;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Accounts in memory, with the list and search computed by scanning: fine for tests, not for firms. */
public final class InMemoryAccounts implements AccountPort, AccountListPort, ContactListPort, PortalAccessPort, UnlinkedAccessPort,
        LoadAccessPort, SaveAccessPort, SoleTeamAccountsPort, AccountFiguresPort {

    private record Saved(Account account, StaffId by, Instant at) {
    }

    private final Map<AccountId, Saved> accounts = new ConcurrentHashMap<>();
    /** B8: per account, by address key. */
    private final Map<AccountId, Map<String, UnlinkedEmail>> unlinked = new ConcurrentHashMap<>();
    /** B3: when LOGIN went on, per account, contact and address key, as email_access.login_on_at. */
    private final Map<List<Object>, Instant> loginOnAt = new ConcurrentHashMap<>();
    /** Issue 14, item 1: which of these accounts are archived, as account.archived_at. */
    private final InMemoryAccountArchive archive = new InMemoryAccountArchive();
    private final InMemoryContacts contacts;
    private final InMemoryStaff staff;
    private final InMemoryTags tags;
    /** E1: the portal users the list's portal status looks up, as the database joins portal_user. */
    private final PortalUserPort portalUsers;

    /** Accounts whose tags must exist in {@code tags}, and whose portal status reads {@code portalUsers}. */
    public InMemoryAccounts(InMemoryContacts contacts, InMemoryStaff staff, InMemoryTags tags, PortalUserPort portalUsers) {
        this.contacts = contacts;
        this.staff = staff;
        this.tags = tags;
        this.portalUsers = portalUsers;
    }

    /** Accounts whose tags must exist in {@code tags}, as the database's foreign key wants; with portal users of their own, none yet. */
    public InMemoryAccounts(InMemoryContacts contacts, InMemoryStaff staff, InMemoryTags tags) {
        this(contacts, staff, tags, new InMemoryPortalUsers());
    }

    /** Issue 14, item 1: the archive stamps of these accounts, which their list, search, figures and portal access read. */
    public InMemoryAccountArchive archive() {
        return archive;
    }

    /** Accounts with a tag store of their own, empty: any tag given is unknown. */
    /** The contacts these accounts link to. */
    public InMemoryContacts contacts() {
        return contacts;
    }

    public InMemoryAccounts(InMemoryContacts contacts, InMemoryStaff staff) {
        this(contacts, staff, new InMemoryTags());
    }

    @Override
    public void add(Account account, StaffId by, Instant at) {
        tags.requireAll(account.tags(), TagScope.ACCOUNT);
        accounts.put(account.id(), new Saved(account.withVersion(0), by, at));
        stampLogins(account, at);
    }

    @Override
    public List<AccountToReassign> soleMemberOf(StaffId member) {
        return all().stream()
                .filter(account -> account.hasTeamMember(member))
                .filter(account -> account.team().stream().filter(other -> !other.equals(member))
                        .noneMatch(other -> staff.findById(other).filter(StaffMember::active).isPresent()))
                .map(account -> new AccountToReassign(account.id(), account.name().value()))
                .sorted(Comparator.comparing(AccountToReassign::name))
                .toList();
    }

    @Override
    public synchronized void addToTeams(StaffId member, java.util.Collection<AccountId> ids) {
        ids.forEach(id -> accounts.computeIfPresent(id, (key, saved) -> {
            Account account = saved.account();
            var team = new java.util.HashSet<>(account.team());
            team.add(member);
            return new Saved(account.withTeam(team).withVersion(account.version() + 1), saved.by(), saved.at());
        }));
    }

    @Override
    public Optional<Account> find(AccountId id) {
        return Optional.ofNullable(accounts.get(id)).map(Saved::account).map(this::withoutDeletedTags);
    }

    private Account withoutDeletedTags(Account account) {
        return account.withDetails(account.tags().stream().filter(tags::exists).collect(java.util.stream.Collectors.toSet()),
                account.customValues());
    }

    @Override
    public synchronized void update(Account account, StaffId by, Instant at) {
        Saved saved = accounts.get(account.id());
        if (saved.account().version() != account.version()) {
            throw new StaleRecordException(staff.findById(saved.by()).map(m -> m.name().full()).orElse("?"), saved.at());
        }
        tags.requireAll(account.tags(), TagScope.ACCOUNT);
        accounts.put(account.id(), new Saved(account.withVersion(account.version() + 1), by, at));
        stampLogins(account, at);
    }

    /** LOGIN on keeps the time it went on; LOGIN off forgets it. */
    private void stampLogins(Account account, Instant at) {
        loginOnAt.keySet().removeIf(key -> key.getFirst().equals(account.id()) && account.links().stream()
                .filter(l -> l.contactId().equals(key.get(1))).flatMap(l -> l.access().stream())
                .noneMatch(a -> a.login() && a.email().lookupKey().equals(key.get(2))));
        account.links().forEach(link -> link.access().stream().filter(EmailAccess::login).forEach(access ->
                loginOnAt.putIfAbsent(List.of(account.id(), link.contactId(), access.email().lookupKey()), at)));
    }

    /** As deleting the account's row does: its links and toggles go with it (an import's undo). */
    public void remove(AccountId id) {
        accounts.remove(id);
        loginOnAt.keySet().removeIf(key -> key.getFirst().equals(id));
    }

    /** B3: since when the address has LOGIN on through this link; empty while it is off. */
    public Optional<Instant> loginOnAt(AccountId account, ContactId contact, EmailAddress email) {
        return Optional.ofNullable(loginOnAt.get(List.of(account, contact, email.lookupKey())));
    }

    /** Every account as stored, with its links aligned to its contacts' current addresses. */
    public List<Account> all() {
        return accounts.values().stream().map(Saved::account)
                .map(a -> a.withLinks(a.links().stream().map(l -> contacts.find(l.contactId()).map(l::alignedWith).orElse(l)).toList()))
                .toList();
    }

    @Override
    public List<AccountRow> page(AccountListRequest request) {
        Comparator<AccountRow> order = Comparator.comparing((AccountRow r) -> sortKey(r, request.sortBy()))
                .thenComparing(r -> r.name().toLowerCase(Locale.ROOT))
                .thenComparing(r -> r.id().value().toString()); // as PostgreSQL orders uuids
        Comparator<AccountRow> sort = request.descending() ? order.reversed() : order;
        // by name, the cursor is the name and id given; by another column, the cursor row's key is looked up as the database does
        Predicate<AccountRow> afterCursor = row -> request.afterName().isEmpty()
                || sort.compare(row, request.sortBy() == AccountColumn.NAME
                        ? new AccountRow(request.afterId().orElseThrow(), request.afterName().orElseThrow(), row.type(), List.of(), false, false, false)
                        : row(find(request.afterId().orElseThrow()).orElseThrow())) > 0;
        return visible(request.visibleTo())
                .filter(a -> archived(a) == request.archived())
                .filter(a -> request.type().map(t -> t == a.type()).orElse(true))
                .filter(a -> request.teamMember().map(a::hasTeamMember).orElse(true))
                .filter(a -> request.tag().map(a.tags()::contains).orElse(true))
                .filter(a -> request.portalStatus().map(status -> hasPortalStatus(a, status)).orElse(true))
                .map(this::row)
                .filter(afterCursor)
                .sorted(sort)
                .limit(request.limit())
                .toList();
    }

    /** Issue 12, item 9: the sort keys V47 keeps on each account. */
    private static String sortKey(AccountRow row, AccountColumn column) {
        return switch (column) {
            case NAME -> "";
            case TYPE -> row.type().name();
            case TEAM -> row.teamMembers().stream().map(name -> name.toLowerCase(Locale.ROOT)).sorted().findFirst().orElse("");
            case TAGS -> row.tags().stream().map(tag -> tag.name().toLowerCase(Locale.ROOT)).sorted().findFirst().orElse("");
            case LOGIN -> row.login() ? "0" : "1";
            case NOTIFY -> row.notifications() ? "0" : "1";
            case EMAIL_SYNC -> row.emailSync() ? "0" : "1";
        };
    }

    @Override
    public List<SearchHit> search(String fragment, Optional<StaffId> visibleTo, int limit) {
        String needle = fragment.toLowerCase(Locale.ROOT);
        return visible(visibleTo)
                .filter(a -> !archived(a))
                .flatMap(a -> texts(a).filter(t -> t.toLowerCase(Locale.ROOT).contains(needle)).findFirst()
                        .map(t -> new SearchHit(a.id(), a.name().value(), t)).stream())
                .sorted(Comparator.comparing(SearchHit::accountName))
                .limit(limit)
                .toList();
    }

    @Override
    public List<ContactRow> page(ContactListRequest request) {
        Comparator<ContactRow> order = Comparator.comparing((ContactRow r) -> r.lastName().toLowerCase(Locale.ROOT))
                .thenComparing(r -> r.firstName().toLowerCase(Locale.ROOT)).thenComparing(r -> r.id().value().toString());
        return contacts.all().stream()
                .filter(c -> request.visibleTo().map(member -> accountsOf(c.id()).anyMatch(a -> a.hasTeamMember(member))).orElse(true))
                .filter(c -> request.search().map(text -> matches(c, text)).orElse(true))
                .filter(c -> request.tag().map(c.tags()::contains).orElse(true))
                .filter(c -> request.portalAccess().map(wanted -> hasPortalAccess(c.id()) == wanted).orElse(true))
                .map(c -> new ContactRow(c.id(), c.name().first(), c.name().last(), c.emails().primary().map(e -> e.value()).orElse(""),
                        accountsOf(c.id()).map(a -> a.name().value()).sorted().toList()))
                .filter(r -> request.after().map(after -> order.compare(r, after) > 0).orElse(true))
                .sorted(order)
                .limit(request.limit())
                .toList();
    }

    @Override
    public List<ContactMatch> matching(String fragment, Optional<StaffId> linkableBy, int limit) {
        String needle = fragment.toLowerCase(Locale.ROOT);
        Comparator<Contact> byName = Comparator.comparing((Contact c) -> !startsWith(c, needle))
                .thenComparing(c -> c.name().full().toLowerCase(Locale.ROOT)).thenComparing(c -> c.id().value().toString());
        return contacts.all().stream()
                .filter(c -> linkableBy.map(member -> accountsOf(c.id()).findAny().isEmpty()
                        || accountsOf(c.id()).anyMatch(a -> a.hasTeamMember(member))).orElse(true))
                .filter(c -> matches(c, fragment))
                .sorted(byName)
                .limit(limit)
                .map(c -> new ContactMatch(c.id(), c.name().full(), c.emails().all().stream().map(EmailAddress::value).toList()))
                .toList();
    }

    private static Stream<String> texts(Contact contact) {
        return Stream.concat(Stream.of(contact.name().full()), contact.emails().all().stream().map(EmailAddress::value))
                .map(text -> text.toLowerCase(Locale.ROOT));
    }

    private static boolean matches(Contact contact, String fragment) {
        return texts(contact).anyMatch(text -> text.contains(fragment.toLowerCase(Locale.ROOT)));
    }

    private static boolean startsWith(Contact contact, String needle) {
        return texts(contact).anyMatch(text -> text.startsWith(needle));
    }

    /** Issue 12, item 9: an address of the contact has LOGIN on an account. */
    private boolean hasPortalAccess(ContactId contact) {
        return accountsOf(contact).flatMap(a -> a.links().stream()).filter(l -> l.contactId().equals(contact))
                .flatMap(l -> l.access().stream()).anyMatch(EmailAccess::login);
    }

    @Override
    public List<AccountId> linkedAccounts(ContactId contact) {
        return accountsOf(contact).map(Account::id).toList();
    }

    private Stream<Account> accountsOf(ContactId contact) {
        return accounts.values().stream().map(Saved::account)
                .filter(a -> a.links().stream().anyMatch(l -> l.contactId().equals(contact)));
    }

    @Override
    public List<PortalAccount> loginAccounts(EmailAddress email) {
        return accounts.values().stream().map(Saved::account).filter(a -> !archived(a) && loginOn(a, email))
                .sorted(Comparator.comparing(a -> a.name().value().toLowerCase(Locale.ROOT)))
                .map(a -> new PortalAccount(a.id(), a.name().value())).toList();
    }

    @Override
    public boolean loginOn(AccountId account, EmailAddress email) {
        return find(account).filter(a -> !archived(a) && loginOn(a, email)).isPresent();
    }

    /** As stored: an address's toggles exist while the address is on its contact; an unlinked one keeps LOGIN (B8). */
    private boolean loginOn(Account account, EmailAddress email) {
        return unlinked.getOrDefault(account.id(), Map.of()).containsKey(email.lookupKey()) || account.links().stream()
                .flatMap(link -> contacts.find(link.contactId()).map(link::alignedWith).stream())
                .flatMap(link -> link.access().stream())
                .anyMatch(access -> access.login() && access.email().lookupKey().equals(email.lookupKey()));
    }

    @Override
    public void keep(UnlinkedEmail email) {
        unlinked.computeIfAbsent(email.account(), id -> new ConcurrentHashMap<>()).putIfAbsent(email.email().lookupKey(), email);
    }

    @Override
    public List<UnlinkedEmail> unlinked(AccountId account) {
        return unlinked.getOrDefault(account, Map.of()).values().stream()
                .sorted(Comparator.comparing(u -> u.email().lookupKey())).toList();
    }

    @Override
    public boolean remove(AccountId account, EmailAddress email) {
        return unlinked.getOrDefault(account, new ConcurrentHashMap<>()).remove(email.lookupKey()) != null;
    }

    /** The access as stored: each link aligned with its contact's addresses now, who activated, what is kept unlinked. */
    @Override
    public Optional<AccountAccess> load(AccountId id) {
        return find(id).map(account -> {
            var links = new LinkedHashMap<ContactId, List<EmailAccess>>();
            account.links().forEach(link -> links.put(link.contactId(),
                    contacts.find(link.contactId()).map(link::alignedWith).orElse(link).access()));
            Set<EmailAddress> kept = unlinked(id).stream().map(UnlinkedEmail::email).collect(Collectors.toSet());
            Set<EmailAddress> activated = activated(Stream.concat(links.values().stream().flatMap(List::stream).map(EmailAccess::email),
                    kept.stream()).toList());
            return new AccountAccess(id, account.version(), links, activated, kept);
        });
    }

    @Override
    public Set<EmailAddress> activated(Collection<EmailAddress> emails) {
        return emails.stream().filter(this::activated).collect(Collectors.toSet());
    }

    /** Applies each change to the stored account, as the database's rows would take it. */
    @Override
    public synchronized void save(AccountAccess access, List<AccessEvent> changes, StaffId by, Instant at) {
        Account account = find(access.account()).orElseThrow().withVersion(access.version());
        for (AccessEvent change : changes) {
            account = switch (change) {
                case AccessEvent.LoginTurnedOn on -> toggled(account, on.contact(), on.email(), AccessToggle.LOGIN, true);
                case AccessEvent.LoginTurnedOff off -> toggled(account, off.contact(), off.email(), AccessToggle.LOGIN, false);
                case AccessEvent.NotifyChanged n -> toggled(account, n.contact(), n.email(), AccessToggle.NOTIFY, n.on());
                case AccessEvent.SyncChanged s -> toggled(account, s.contact(), s.email(), AccessToggle.EMAIL_SYNC, s.on());
                case AccessEvent.ContactUnlinked u -> account.unlink(u.contact());
                case AccessEvent.KeptAsUnlinked k -> {
                    keep(new UnlinkedEmail(account.id(), k.email(), at));
                    yield account;
                }
                case AccessEvent.UnlinkedRevoked r -> {
                    remove(account.id(), r.email());
                    yield account;
                }
                default -> account;
            };
        }
        update(account, by, at);
    }

    private Account toggled(Account account, ContactId contact, EmailAddress email, AccessToggle toggle, boolean on) {
        return account.withLinks(account.links().stream().map(link -> !link.contactId().equals(contact) ? link
                : withToggle(contacts.find(contact).map(link::alignedWith).orElse(link), email, toggle, on)).toList());
    }

    private static ContactLink withToggle(ContactLink link, EmailAddress email, AccessToggle toggle, boolean on) {
        return new ContactLink(link.contactId(), link.description(), link.signerPriority(), link.signerAuthority(),
                link.access().stream().map(a -> a.email().lookupKey().equals(email.lookupKey()) ? a.with(toggle, on) : a).toList());
    }

    private boolean archived(Account account) {
        return archive.archivedAt(account.id()).isPresent();
    }

    private Stream<Account> visible(Optional<StaffId> visibleTo) {
        return accounts.values().stream().map(Saved::account).map(this::withoutDeletedTags).filter(a -> visibleTo.map(a::hasTeamMember).orElse(true));
    }

    private Stream<String> texts(Account account) {
        return Stream.concat(Stream.of(account.name().value()), linkedContacts(account).flatMap(c -> Stream.concat(
                Stream.of(c.name().first() + " " + c.name().last()), c.emails().all().stream().map(e -> e.value()))));
    }

    private Stream<Contact> linkedContacts(Account account) {
        return contacts.findAll(account.links().stream().map(ContactLink::contactId).toList()).stream();
    }

    /** E1: at least one address of the account, linked or kept (B8), is in this status. */
    private boolean hasPortalStatus(Account account, PortalStatus status) {
        List<EmailAddress> loginOn = Stream.concat(
                account.links().stream().flatMap(l -> l.access().stream()).filter(EmailAccess::login).map(EmailAccess::email),
                unlinked(account.id()).stream().map(UnlinkedEmail::email)).toList();
        return switch (status) {
            case ACTIVE -> loginOn.stream().anyMatch(this::activated);
            case PENDING_ACTIVATION -> loginOn.stream().anyMatch(email -> !activated(email));
            case NO_ACCESS -> loginOn.isEmpty();
        };
    }

    private boolean activated(EmailAddress email) {
        return portalUsers.findByEmail(email).isPresent();
    }

    private AccountRow row(Account a) {
        List<EmailAccess> access = a.links().stream().flatMap(l -> l.access().stream()).toList();
        List<String> team = a.team().stream().map(id -> staff.findById(id).map(m -> m.name().full()).orElse("?")).sorted().toList();
        return new AccountRow(a.id(), a.name().value(), a.type(), team,
                access.stream().anyMatch(EmailAccess::login) || !unlinked(a.id()).isEmpty(),
                access.stream().anyMatch(EmailAccess::notifications),
                access.stream().anyMatch(EmailAccess::emailSync),
                a.tags().stream().map(tags::find).flatMap(Optional::stream)
                        .sorted(Comparator.comparing((Tag t) -> t.name().toLowerCase(Locale.ROOT))).toList());
    }

    /** Item 11: counted as the list's filters would find them. */
    @Override
    public AccountFigures figures(Optional<StaffId> visibleTo) {
        List<Account> seen = visible(visibleTo).filter(a -> !archived(a)).toList();
        return new AccountFigures(
                seen.stream().collect(Collectors.groupingBy(Account::type, Collectors.counting())),
                Arrays.stream(PortalStatus.values()).collect(Collectors.toMap(status -> status,
                        status -> seen.stream().filter(account -> hasPortalStatus(account, status)).count())));
    }
}
