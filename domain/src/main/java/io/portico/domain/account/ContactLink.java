package io.portico.domain.account;

import io.portico.domain.access.EmailAccess;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactId;
import io.portico.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * A contact linked to an account: a description for this account only, the signer settings, and
 * the access toggles of each of the contact's addresses on this account. A9 holds by construction:
 * toggles exist only for addresses, so a contact without an email cannot get LOGIN.
 */
public record ContactLink(ContactId contactId, String description, int signerPriority, boolean signerAuthority, List<EmailAccess> access) {

    public ContactLink {
        Objects.requireNonNull(contactId, "contactId");
        description = description == null ? "" : description.strip();
        if (description.length() > 200) {
            throw new InvalidInputException("description", "input.too-long", 200);
        }
        if (signerPriority < 0 || signerPriority > 99) {
            throw new InvalidInputException("signerPriority", "input.out-of-range", 0, 99);
        }
        access = List.copyOf(access);
    }

    /** A new link with signer priority 0 and signer authority; see the other {@code of}. */
    public static ContactLink of(Contact contact, String description, List<EmailAccess> requested) {
        return of(contact, description, 0, true, requested);
    }

    /** A new link: every address of the contact gets the toggles asked for, or none. */
    public static ContactLink of(Contact contact, String description, int signerPriority, boolean signerAuthority,
                                 List<EmailAccess> requested) {
        for (EmailAccess wanted : requested) {
            if (!contact.emails().contains(wanted.email())) {
                throw new InvalidInputException("emails", "access.unknown-address", wanted.email().value());
            }
        }
        List<EmailAccess> access = contact.emails().all().stream()
                .map(email -> requested.stream().filter(r -> r.email().lookupKey().equals(email.lookupKey()))
                        .findFirst().map(r -> new EmailAccess(email, r.login(), r.notifications(), r.emailSync()))
                        .orElse(EmailAccess.none(email)))
                .toList();
        return new ContactLink(contact.id(), description, signerPriority, signerAuthority, access);
    }

    /**
     * The toggles for the contact's addresses as they are now: an address added since has all
     * toggles off; an address removed since has none (F6).
     */
    public ContactLink alignedWith(Contact contact) {
        if (!contact.id().equals(contactId)) {
            throw new IllegalArgumentException("not this link's contact");
        }
        List<EmailAccess> current = contact.emails().all().stream()
                .map(email -> access.stream().filter(a -> a.email().lookupKey().equals(email.lookupKey())).findFirst()
                        .map(a -> new EmailAccess(email, a.login(), a.notifications(), a.emailSync()))
                        .orElse(EmailAccess.none(email)))
                .toList();
        return new ContactLink(contactId, description, signerPriority, signerAuthority, current);
    }
}
