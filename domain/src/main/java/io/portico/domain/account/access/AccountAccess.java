package io.portico.domain.account.access;

import io.portico.domain.access.AccessToggle;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.ContactLink;
import io.portico.domain.account.access.AccessEvent.AddressMoved;
import io.portico.domain.account.access.AccessEvent.AddressesChanged;
import io.portico.domain.account.access.AccessEvent.ContactLinked;
import io.portico.domain.account.access.AccessEvent.ContactUnlinked;
import io.portico.domain.account.access.AccessEvent.KeptAsUnlinked;
import io.portico.domain.account.access.AccessEvent.LinksVoided;
import io.portico.domain.account.access.AccessEvent.LoginTurnedOff;
import io.portico.domain.account.access.AccessEvent.LoginTurnedOn;
import io.portico.domain.account.access.AccessEvent.NotifyChanged;
import io.portico.domain.account.access.AccessEvent.SyncChanged;
import io.portico.domain.account.access.AccessEvent.TeamMemberAdded;
import io.portico.domain.account.access.AccessEvent.TeamMemberRemoved;
import io.portico.domain.account.access.AccessEvent.UnlinkedRevoked;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactId;
import io.portico.domain.contact.EmailChanges;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The portal access of one account's addresses: the three toggles of each address of each linked
 * contact (A9: only addresses have them), the unlinked addresses that kept LOGIN (B8), and which
 * addresses have activated (have a portal user). Each change enforces the rules and returns what
 * happened as events, including which invitation links no longer grant anything (B5, B6): only the
 * links of the address issued for this account.
 */
public final class AccountAccess {

    private final AccountId account;
    private final long version;
    private final Map<ContactId, List<EmailAccess>> links;
    private final Set<String> activated;
    private final Map<String, EmailAddress> unlinked;

    /**
     * @param links     each linked contact's addresses as they are now, with their toggles, in link order
     * @param activated the addresses among them, and the unlinked ones, that have a portal user
     * @param unlinked  B8: the addresses that left their contact and kept LOGIN here
     */
    public AccountAccess(AccountId account, long version, Map<ContactId, List<EmailAccess>> links, Set<EmailAddress> activated,
                         Set<EmailAddress> unlinked) {
        this(account, version, links, activated.stream().map(EmailAddress::lookupKey).collect(Collectors.toSet()),
                unlinked.stream().collect(Collectors.toMap(EmailAddress::lookupKey, email -> email)));
    }

    private AccountAccess(AccountId account, long version, Map<ContactId, List<EmailAccess>> links, Set<String> activated,
                          Map<String, EmailAddress> unlinked) {
        this.account = Objects.requireNonNull(account, "account");
        this.version = version;
        this.links = new LinkedHashMap<>();
        links.forEach((contact, access) -> this.links.put(contact, List.copyOf(access)));
        this.activated = new HashSet<>(activated);
        this.unlinked = new LinkedHashMap<>(unlinked);
    }

    /**
     * A6, F5, B1: what a new account starts with — its team, its contacts and every toggle that starts on;
     * an address given LOGIN is invited when asked, unless it has activated already (it can log in).
     */
    public static List<AccessEvent> opened(Account account, Set<EmailAddress> activated, Optional<Invite> invite, Actor by,
                                           Instant at) {
        var events = new ArrayList<AccessEvent>(teamChanged(account.id(), Set.of(), account.team(), by, at));
        var access = new AccountAccess(account.id(), account.version(), Map.of(), activated, Set.of());
        for (ContactLink link : account.links()) {
            events.add(new ContactLinked(account.id(), by, at, link.contactId()));
            link.access().forEach(address -> events.addAll(access.switchedOn(link.contactId(), address, invite, by, at)));
        }
        return events;
    }

    /** A6: one event per member who joined or left the team. */
    public static List<AccessEvent> teamChanged(AccountId account, Set<StaffId> before, Set<StaffId> after, Actor by, Instant at) {
        var events = new ArrayList<AccessEvent>();
        after.stream().filter(member -> !before.contains(member))
                .forEach(member -> events.add(new TeamMemberAdded(account, by, at, member)));
        before.stream().filter(member -> !after.contains(member))
                .forEach(member -> events.add(new TeamMemberRemoved(account, by, at, member)));
        return events;
    }

    public AccountId account() {
        return account;
    }

    public long version() {
        return version;
    }

    /** The same access as of the version a user saw: saving it is refused if someone saved since. */
    public AccountAccess atVersion(long seen) {
        return new AccountAccess(account, seen, links, activated, unlinked);
    }

    /** The toggles of the contact's address, none when it has none here. */
    public Optional<EmailAccess> of(ContactId contact, EmailAddress email) {
        return links.getOrDefault(contact, List.of()).stream()
                .filter(access -> access.email().lookupKey().equals(email.lookupKey())).findFirst();
    }

    public Set<EmailAddress> unlinked() {
        return Set.copyOf(unlinked.values());
    }

    /**
     * F5: turns one toggle of one address. B1: LOGIN on invites the address when asked, unless it has
     * activated already. B6: LOGIN off voids the address's links for this account only.
     */
    public List<AccessEvent> turn(ContactId contact, EmailAddress email, AccessToggle toggle, boolean on, Optional<Invite> invite,
                                  Actor by, Instant at) {
        if (!links.containsKey(contact)) {
            throw new InvalidInputException("contact", "account.contact-not-linked");
        }
        EmailAccess before = of(contact, email)
                .orElseThrow(() -> new InvalidInputException("email", "access.unknown-address", email.value()));
        if (before.isOn(toggle) == on) {
            return List.of();
        }
        EmailAccess after = before.with(toggle, on);
        replace(contact, after);
        if (on) {
            return switchedOn(contact, EmailAccess.none(after.email()).with(toggle, true), invite, by, at);
        }
        return switch (toggle) {
            case LOGIN -> List.of(new LoginTurnedOff(account, by, at, contact, after.email()),
                    new LinksVoided(account, by, at, after.email()));
            case NOTIFY -> List.of(new NotifyChanged(account, by, at, contact, after.email(), false));
            case EMAIL_SYNC -> List.of(new SyncChanged(account, by, at, contact, after.email(), false));
        };
    }

    /**
     * Issue 12, item 8: a contact joins the account with its addresses' toggles; each toggle that starts on
     * is an event as on creation (B1: LOGIN invites when asked, unless the address has activated already).
     *
     * @param activatedNow which of the contact's addresses have a portal user
     * @throws InvalidInputException on "contact" when the contact is linked here already
     */
    public List<AccessEvent> link(ContactId contact, List<EmailAccess> access, Set<EmailAddress> activatedNow,
                                  Optional<Invite> invite, Actor by, Instant at) {
        if (links.containsKey(contact)) {
            throw new InvalidInputException("contact", "account.contact-already-linked");
        }
        activatedNow.forEach(email -> activated.add(email.lookupKey()));
        links.put(contact, List.copyOf(access));
        var events = new ArrayList<AccessEvent>(List.of(new ContactLinked(account, by, at, contact)));
        access.forEach(address -> events.addAll(switchedOn(contact, address, invite, by, at)));
        return events;
    }

    /** F5, B6: the contact leaves the account; the open links of its addresses with LOGIN stop working. */
    public List<AccessEvent> unlink(ContactId contact, Actor by, Instant at) {
        List<EmailAccess> access = links.get(contact);
        if (access == null) {
            throw new InvalidInputException("contact", "account.contact-not-linked");
        }
        if (links.size() == 1) {
            throw new InvalidInputException("contact", "account.last-contact");
        }
        links.remove(contact);
        var events = new ArrayList<AccessEvent>(List.of(new ContactUnlinked(account, by, at, contact)));
        access.stream().filter(EmailAccess::login).forEach(a -> events.add(new LinksVoided(account, by, at, a.email())));
        return events;
    }

    /** B8: turning off the LOGIN an unlinked address kept; nothing when it holds none (a second click). */
    public List<AccessEvent> revokeUnlinked(EmailAddress email, Actor by, Instant at) {
        EmailAddress kept = unlinked.remove(email.lookupKey());
        if (kept == null) {
            return List.of();
        }
        return List.of(new UnlinkedRevoked(account, by, at, kept), new LinksVoided(account, by, at, kept));
    }

    /**
     * B5, B8, F6: the contact's addresses became {@code after}. A changed address hands its toggles to its
     * new address. If it had LOGIN and had not activated, its links for this account stop working and the
     * new address gets LOGIN and an invitation (none if it has activated already). If it had activated, it
     * keeps its LOGIN here as an unlinked address and the new one gets the other toggles only. A removed
     * address keeps its LOGIN the same way if it had activated; otherwise its links stop working.
     *
     * @param activatedNow which of the new addresses have a portal user
     */
    public List<AccessEvent> addressesChanged(ContactId contact, ContactEmails after, Set<EmailAddress> activatedNow,
                                              Invite invite, Actor by, Instant at) {
        List<EmailAccess> before = links.get(contact);
        if (before == null) {
            return List.of();
        }
        List<EmailAddress> was = before.stream().map(EmailAccess::email).toList();
        if (was.equals(after.all())) {
            return List.of();
        }
        EmailChanges changes = EmailChanges.between(new ContactEmails(was), after);
        activatedNow.forEach(email -> activated.add(email.lookupKey()));
        var events = new ArrayList<AccessEvent>(List.of(new AddressesChanged(account, by, at, contact, was, after.all())));
        var carried = new ArrayList<EmailAccess>();
        for (EmailChanges.Changed change : changes.changed()) {
            EmailAccess old = find(before, change.from());
            events.add(new AddressMoved(account, by, at, contact, change.from(), change.to()));
            boolean keepsLogin = old.login() && hasActivated(change.from());
            events.addAll(leaving(old, by, at));
            EmailAccess moved = new EmailAccess(change.to(), old.login() && !keepsLogin, old.notifications(), old.emailSync());
            carried.add(moved);
            events.addAll(switchedOn(contact, moved, Optional.of(invite), by, at));
        }
        changes.removed().forEach(removed -> events.addAll(leaving(find(before, removed), by, at)));
        links.put(contact, after.all().stream().map(email -> carried.stream()
                .filter(c -> c.email().lookupKey().equals(email.lookupKey())).findFirst()
                .or(() -> before.stream().filter(b -> b.email().lookupKey().equals(email.lookupKey())).findFirst()
                        .map(b -> new EmailAccess(email, b.login(), b.notifications(), b.emailSync())))
                .orElse(EmailAccess.none(email))).toList());
        return events;
    }

    /** B5, B8: an address with LOGIN leaves its contact: it stays unlinked if it activated, else its links stop. */
    private List<AccessEvent> leaving(EmailAccess was, Actor by, Instant at) {
        if (!was.login()) {
            return List.of();
        }
        if (hasActivated(was.email())) {
            unlinked.put(was.email().lookupKey(), was.email());
            return List.of(new KeptAsUnlinked(account, by, at, was.email()));
        }
        return List.of(new LinksVoided(account, by, at, was.email()));
    }

    /** The events of each toggle that is on in {@code access}, as if each were just turned on. */
    private List<AccessEvent> switchedOn(ContactId contact, EmailAccess access, Optional<Invite> invite, Actor by, Instant at) {
        var events = new ArrayList<AccessEvent>();
        if (access.login()) {
            events.add(new LoginTurnedOn(account, by, at, contact, access.email(),
                    invite.filter(wanted -> !hasActivated(access.email()))));
        }
        if (access.notifications()) {
            events.add(new NotifyChanged(account, by, at, contact, access.email(), true));
        }
        if (access.emailSync()) {
            events.add(new SyncChanged(account, by, at, contact, access.email(), true));
        }
        return events;
    }

    private boolean hasActivated(EmailAddress email) {
        return activated.contains(email.lookupKey());
    }

    private static EmailAccess find(List<EmailAccess> access, EmailAddress email) {
        return access.stream().filter(a -> a.email().lookupKey().equals(email.lookupKey())).findFirst().orElseThrow();
    }

    private void replace(ContactId contact, EmailAccess changed) {
        links.put(contact, links.get(contact).stream()
                .map(a -> a.email().lookupKey().equals(changed.email().lookupKey()) ? changed : a).toList());
    }
}
