package io.portico.application.account;

import io.portico.application.access.port.out.LoadAccessPort;
import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.customfield.port.out.CustomFieldPort;
import io.portico.application.staff.DefaultAccountAccess;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.contact.Contact;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a new account is made of, checked before anything is written: its team, contacts, values, who activated. */
public final class NewAccountParts {

    private final ContactPort contacts;
    private final ContactsService visible;
    private final CustomFieldPort fields;
    private final LoadAccessPort access;
    private final DefaultAccountAccess defaultAccess;

    public NewAccountParts(ContactPort contacts, ContactsService visible, CustomFieldPort fields, LoadAccessPort access,
                           DefaultAccountAccess defaultAccess) {
        this.contacts = contacts;
        this.visible = visible;
        this.fields = fields;
        this.access = access;
        this.defaultAccess = defaultAccess;
    }

    /** G2: the chosen team and every employee with <i>default account access</i>. */
    Set<StaffId> team(Set<StaffId> chosen) {
        return defaultAccess.joining(chosen);
    }

    /**
     * The existing contact as it is, if the actor may see it (issue 10, item 14), or the new one with its
     * values checked by the contact fields (A7), not yet stored.
     */
    Contact contactFor(StaffId actor, ContactEntry entry) {
        return switch (entry) {
            case ContactEntry.LinkExisting existing -> contacts.find(existing.contact())
                    .filter(found -> visible.linkable(actor, found.id()))
                    .orElseThrow(() -> new InvalidInputException("contacts", "contact.not-found"));
            case ContactEntry.CreateNew fresh -> {
                refuseKnownAddresses(actor, fresh);
                yield Contact.create(fresh.name(), fresh.emails(), fresh.phone(), fresh.address(), fresh.tags())
                        .withDetails(fresh.tags(), customValues(fresh.customValues(), CustomFieldScope.CONTACT))
                        .withLanguage(fresh.language());
            }
        };
    }

    /** A7: each typed value checked by its field of that scope; blank values are left out. */
    Map<CustomFieldId, String> customValues(Map<CustomFieldId, String> typed, CustomFieldScope scope) {
        Map<CustomFieldId, String> values = new HashMap<>();
        typed.forEach((id, raw) -> fields.require(id, scope).valueOf(raw).ifPresent(value -> values.put(id, value)));
        return values;
    }

    void store(List<Contact> created, StaffId by, Instant at) {
        created.forEach(contact -> contacts.add(contact, by, at));
    }

    /** B1: the addresses given LOGIN that have a portal user already (an existing contact's): they need no invitation. */
    Set<EmailAddress> activated(Account account) {
        return access.activated(account.links().stream().flatMap(link -> link.access().stream())
                .filter(EmailAccess::login).map(EmailAccess::email).toList());
    }

    /**
     * One address, one contact: an address already known means linking that contact instead. The owner is
     * named only to whoever may see it; to anyone else the address is just taken.
     */
    private void refuseKnownAddresses(StaffId actor, ContactEntry.CreateNew fresh) {
        for (EmailAddress email : fresh.emails().all()) {
            contacts.findByEmail(email).ifPresent(owner -> {
                throw visible.linkable(actor, owner.id())
                        ? new InvalidInputException("emails", "email.belongs-to-contact", email.value(), owner.name().full())
                        : new InvalidInputException("emails", "email.belongs-to-hidden-contact", email.value());
            });
        }
    }
}
