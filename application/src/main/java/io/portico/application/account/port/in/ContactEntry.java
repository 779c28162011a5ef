package io.portico.application.account.port.in;

import io.portico.domain.access.EmailAccess;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactId;
import io.portico.domain.contact.ContactName;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.Language;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.tag.TagId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A8: a contact on the Contacts step — an existing one to link, or a new one to create — with what
 * its link to the new account holds: a description, the signer settings (F5) and the access toggles.
 */
public sealed interface ContactEntry {

    String description();

    /** 0–99, as on {@code ContactLink}. */
    int signerPriority();

    boolean signerAuthority();

    List<EmailAccess> access();

    /**
     * The existing contact keeps its own details, tags and custom field values. Without signer
     * settings, the link gets priority 0 and signer authority.
     */
    record LinkExisting(ContactId contact, String description, int signerPriority, boolean signerAuthority,
                        List<EmailAccess> access) implements ContactEntry {
        public LinkExisting {
            Objects.requireNonNull(contact, "contact");
            checkSignerPriority(signerPriority);
            access = List.copyOf(access);
        }

        public LinkExisting(ContactId contact, String description, List<EmailAccess> access) {
            this(contact, description, 0, true, access);
        }
    }

    /**
     * {@code tags} are contact tags (A5); {@code customValues} what was typed for the firm's contact
     * fields (A7), checked by type when the account is created, a blank one meaning no value. Without
     * signer settings, the link gets priority 0 and signer authority. {@code language}: the one mails to the
     * contact are written in (issue 11, item 3), empty for the firm's.
     */
    record CreateNew(ContactName name, ContactEmails emails, String phone, PostalAddress address, String description,
                     int signerPriority, boolean signerAuthority, List<EmailAccess> access, Set<TagId> tags,
                     Map<CustomFieldId, String> customValues, Optional<Language> language) implements ContactEntry {
        public CreateNew {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(emails, "emails");
            checkSignerPriority(signerPriority);
            access = List.copyOf(access);
            tags = tags == null ? Set.of() : Set.copyOf(tags);
            customValues = customValues == null ? Map.of() : Map.copyOf(customValues);
            language = language == null ? Optional.empty() : language;
        }

        /** A new contact in the firm's language. */
        public CreateNew(ContactName name, ContactEmails emails, String phone, PostalAddress address, String description,
                         int signerPriority, boolean signerAuthority, List<EmailAccess> access, Set<TagId> tags,
                         Map<CustomFieldId, String> customValues) {
            this(name, emails, phone, address, description, signerPriority, signerAuthority, access, tags, customValues, Optional.empty());
        }

        public CreateNew(ContactName name, ContactEmails emails, String phone, PostalAddress address, String description,
                         List<EmailAccess> access, Set<TagId> tags) {
            this(name, emails, phone, address, description, 0, true, access, tags, Map.of());
        }

        public CreateNew(ContactName name, ContactEmails emails, String phone, PostalAddress address, String description,
                         List<EmailAccess> access) {
            this(name, emails, phone, address, description, access, Set.of());
        }
    }

    /** Refused here already, so a form can mark the priority of the right contact. */
    private static void checkSignerPriority(int signerPriority) {
        if (signerPriority < 0 || signerPriority > 99) {
            throw new InvalidInputException("signerPriority", "input.out-of-range", 0, 99);
        }
    }
}
