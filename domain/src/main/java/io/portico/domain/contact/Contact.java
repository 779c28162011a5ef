package io.portico.domain.contact;

import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.shared.Language;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.tag.TagId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A real person. Personal details live here, so they are the same on every linked account (F6); so do
 * the contact's tags (A5) and custom field values (A7), and the language mails to the contact are written in
 * (issue 11, item 3; none chosen means the firm's).
 */
public record Contact(ContactId id, ContactName name, ContactEmails emails, String phone, PostalAddress address,
                      Set<TagId> tags, Map<CustomFieldId, String> customValues, Optional<Language> language, long version) {

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(emails, "emails");
        phone = phone == null ? "" : phone.strip();
        address = address == null ? PostalAddress.NONE : address;
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        customValues = customValues == null ? Map.of() : Map.copyOf(customValues);
        language = language == null ? Optional.empty() : language;
    }

    /** A contact in the firm's language. */
    public Contact(ContactId id, ContactName name, ContactEmails emails, String phone, PostalAddress address,
                   Set<TagId> tags, Map<CustomFieldId, String> customValues, long version) {
        this(id, name, emails, phone, address, tags, customValues, Optional.empty(), version);
    }

    /** A contact without tags or custom field values. */
    public Contact(ContactId id, ContactName name, ContactEmails emails, String phone, PostalAddress address, long version) {
        this(id, name, emails, phone, address, Set.of(), Map.of(), version);
    }

    public static Contact create(ContactName name, ContactEmails emails, String phone, PostalAddress address) {
        return create(name, emails, phone, address, Set.of());
    }

    public static Contact create(ContactName name, ContactEmails emails, String phone, PostalAddress address, Set<TagId> tags) {
        return new Contact(ContactId.random(), name, emails, phone, address, tags, Map.of(), Optional.empty(), 0);
    }

    /** Item 3: what mails to this contact are written in — its own language, else the firm's. */
    public Language mailLanguage(Language firms) {
        return language.orElse(firms);
    }

    public Contact withLanguage(Optional<Language> newLanguage) {
        return new Contact(id, name, emails, phone, address, tags, customValues, newLanguage, version);
    }

    /** A5, A7: the same contact with these tags and custom field values. */
    public Contact withDetails(Set<TagId> newTags, Map<CustomFieldId, String> newValues) {
        return new Contact(id, name, emails, phone, address, newTags, newValues, language, version);
    }

    public Contact withVersion(long newVersion) {
        return new Contact(id, name, emails, phone, address, tags, customValues, language, newVersion);
    }
}
