package io.portico.application.portal;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.audit.AccessAudit;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.portal.port.out.UnlinkedAccessPort;
import io.portico.domain.access.AccessToggle;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.ContactLink;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.EmailChanges;
import io.portico.domain.portal.UnlinkedEmail;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * B5, B8: what happens to the access of a contact's addresses when they change, in the caller's
 * transaction, once the contact is saved.
 * <ul>
 *   <li>A changed address hands its toggles to its new address on every linked account.</li>
 *   <li>B5: if it had LOGIN on and had not activated, its open links stop working and the new address
 *       gets an invitation for each account where the old one had LOGIN on.</li>
 *   <li>B8: if it had activated, its LOGIN stays with it (it is how the client logs in) as an unlinked
 *       email, and the new address gets its other toggles only: staff turn LOGIN on for it when the
 *       client should move to it.</li>
 *   <li>A removed address that had activated keeps its LOGIN the same way; one that had not loses it,
 *       and its links stop working.</li>
 * </ul>
 */
public final class EmailChangeAccess {

    private final AccountPort accounts;
    private final PortalUserPort users;
    private final UnlinkedAccessPort unlinked;
    private final Invitations invitations;
    private final AccessAudit audit;

    public EmailChangeAccess(AccountPort accounts, PortalUserPort users, UnlinkedAccessPort unlinked, Invitations invitations,
                             AccessAudit audit) {
        this.accounts = accounts;
        this.users = users;
        this.unlinked = unlinked;
        this.invitations = invitations;
        this.audit = audit;
    }

    /** An invitation owed to a new address on an account. */
    private record Invite(Account account, EmailAddress email) {
    }

    /**
     * @param linked the contact's accounts as they were read before the contact was saved, with the
     *               toggles of its old addresses
     * @param language the language of the invitations (B5): the editor's
     */
    public void follow(Contact before, Contact after, List<Account> linked, Locale language, StaffId by, Instant now) {
        EmailChanges changes = EmailChanges.between(before.emails(), after.emails());
        if (changes.none()) {
            return;
        }
        Set<EmailAddress> activated = changes.gone().stream().filter(email -> users.findByEmail(email).isPresent())
                .collect(Collectors.toSet());
        Set<EmailAddress> toVoid = new LinkedHashSet<>();
        List<Invite> toInvite = new ArrayList<>();
        for (Account account : linked) {
            Optional<ContactLink> link = account.links().stream().filter(l -> l.contactId().equals(before.id())).findFirst();
            if (link.isEmpty()) {
                continue;
            }
            Map<String, EmailAccess> old = link.get().alignedWith(before).access().stream()
                    .collect(Collectors.toMap(access -> access.email().lookupKey(), Function.identity()));
            List<EmailAccess> carried = new ArrayList<>();
            for (EmailChanges.Changed change : changes.changed()) {
                EmailAccess was = old.get(change.from().lookupKey());
                boolean keepsLogin = was.login() && activated.contains(change.from());
                carried.add(new EmailAccess(change.to(), was.login() && !keepsLogin, was.notifications(), was.emailSync()));
                if (keepsLogin) {
                    keepUnlinked(account, change.from(), by, now);
                } else if (was.login()) {
                    toVoid.add(change.from());
                    toInvite.add(new Invite(account, change.to()));
                }
            }
            for (EmailAddress removed : changes.removed()) {
                if (old.get(removed.lookupKey()).login()) {
                    if (activated.contains(removed)) {
                        keepUnlinked(account, removed, by, now);
                    } else {
                        toVoid.add(removed);
                    }
                }
            }
            carry(account, after, carried, by, now);
        }
        toVoid.forEach(email -> invitations.voidLinks(email, now));
        for (Invite invite : toInvite) {
            // an address that already has a portal user needs no link: LOGIN on lets it in
            if (invitations.state(invite.account(), invite.email(), now).pendingActivation()) {
                invitations.send(invite.account(), invite.email(), "", language, by, now);
            }
        }
    }

    private void keepUnlinked(Account account, EmailAddress email, StaffId by, Instant now) {
        unlinked.keep(new UnlinkedEmail(account.id(), email, now));
        audit.keptUnlinked(account, email, by, now);
    }

    /** The new addresses' toggles, saved on the account as it is now, and written to its access history. */
    private void carry(Account account, Contact after, List<EmailAccess> carried, StaffId by, Instant now) {
        List<EmailAccess> on = carried.stream().filter(access -> access.login() || access.notifications() || access.emailSync()).toList();
        if (on.isEmpty()) {
            return;
        }
        Account current = accounts.find(account.id()).orElseThrow();
        accounts.update(current.withLinks(current.links().stream()
                .map(link -> link.contactId().equals(after.id()) ? withAccess(link.alignedWith(after), on) : link)
                .toList()), by, now);
        for (EmailAccess access : on) {
            for (AccessToggle toggle : AccessToggle.values()) {
                if (access.isOn(toggle)) {
                    audit.toggled(current, access, toggle, by, now);
                }
            }
        }
    }

    private static ContactLink withAccess(ContactLink link, List<EmailAccess> carried) {
        return new ContactLink(link.contactId(), link.description(), link.signerPriority(), link.signerAuthority(),
                link.access().stream().map(access -> carried.stream()
                        .filter(c -> c.email().lookupKey().equals(access.email().lookupKey())).findFirst().orElse(access))
                        .toList());
    }
}
