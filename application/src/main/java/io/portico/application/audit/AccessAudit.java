package io.portico.application.audit;

import io.portico.application.audit.port.in.AccessChange;
import io.portico.application.audit.port.out.AccessAuditPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.access.AccessToggle;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.ContactLink;
import io.portico.domain.contact.Contact;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.List;

/** Writes the access history: who gave or took which access, when, from what to what. */
public final class AccessAudit {

    private final AccessAuditPort port;
    private final StaffPort staff;

    public AccessAudit(AccessAuditPort port, StaffPort staff) {
        this.port = port;
        this.staff = staff;
    }

    /** A new account: its team, its links and every toggle that starts on. */
    public void created(Account account, List<Contact> contacts, StaffId by, Instant at) {
        account.team().forEach(member -> port.record(new AccessChange(account.id(), by, at, "team", "", nameOf(member))));
        for (int i = 0; i < contacts.size(); i++) {
            Contact contact = contacts.get(i);
            ContactLink link = account.links().get(i);
            port.record(new AccessChange(account.id(), by, at, "link " + contact.name().full(), "", "linked"));
            for (EmailAccess access : link.access()) {
                for (AccessToggle toggle : AccessToggle.values()) {
                    if (access.isOn(toggle)) {
                        toggled(account, access, toggle, by, at);
                    }
                }
            }
        }
    }

    public void toggled(Account account, EmailAccess after, AccessToggle toggle, StaffId by, Instant at) {
        boolean on = after.isOn(toggle);
        port.record(new AccessChange(account.id(), by, at, toggle + " " + after.email().value(), onOff(!on), onOff(on)));
    }

    public void unlinked(Account account, Contact contact, StaffId by, Instant at) {
        port.record(new AccessChange(account.id(), by, at, "link " + contact.name().full(), "linked", ""));
    }

    /** F5: a linked contact was given or lost signer authority on the account. */
    public void signerAuthorityChanged(Account account, Contact contact, boolean now, StaffId by, Instant at) {
        port.record(new AccessChange(account.id(), by, at, "signer authority " + contact.name().full(), onOff(!now), onOff(now)));
    }

    /** A6: one entry per member added or removed. */
    public void teamChanged(Account account, java.util.Set<StaffId> before, java.util.Set<StaffId> after, StaffId by, Instant at) {
        after.stream().filter(m -> !before.contains(m))
                .forEach(m -> port.record(new AccessChange(account.id(), by, at, "team", "", nameOf(m))));
        before.stream().filter(m -> !after.contains(m))
                .forEach(m -> port.record(new AccessChange(account.id(), by, at, "team", nameOf(m), "")));
    }

    /** F6, B8: the addresses of a linked contact changed — they carry the account's access. */
    public void emailsChanged(Account account, Contact before, Contact after, StaffId by, Instant at) {
        port.record(new AccessChange(account.id(), by, at, "emails " + after.name().full(), addresses(before), addresses(after)));
    }

    /** B8: an activated address left its contact and keeps its LOGIN on the account, under Unlinked emails. */
    public void keptUnlinked(Account account, EmailAddress email, StaffId by, Instant at) {
        port.record(new AccessChange(account.id(), by, at, "unlinked email " + email.value(), "", "LOGIN on"));
    }

    private static String addresses(Contact contact) {
        return String.join(", ", contact.emails().all().stream().map(e -> e.value()).toList());
    }

    private String nameOf(StaffId member) {
        return staff.findById(member).map(m -> m.name().full()).orElse(member.value().toString());
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }
}
