package io.portico.domain.contact;

import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.tag.TagId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A real person. Personal details live here, so they are the same on every linked account (F6); so do
 * the contact's tags (A5) and custom field values (A7).
 */
public record Contact(ContactId id, ContactName name, ContactEmails emails, String phone, PostalAddress address,
                      Set<TagId> tags, Map<CustomFieldId, String> customValues, long version) {

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(emails, "emails");
        phone = phone == null ? "" : phone.strip();
        address = address == null ? PostalAddress.NONE : address;
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        customValues = customValues == null ? Map.of() : Map.copyOf(customValues);
    }

    /** A contact without tags or custom field values. */
    public Contact(ContactId id, ContactName name, ContactEmails emails, String phone, PostalAddress address, long version) {
        this(id, name, emails, phone, address, Set.of(), Map.of(), version);
    }

    public static Contact create(ContactName name, ContactEmails emails, String phone, PostalAddress address) {
        return create(name, emails, phone, address, Set.of());
    }

    public static Contact create(ContactName name, ContactEmails emails, String phone, PostalAddress address, Set<TagId> tags) {
        return new Contact(ContactId.random(), name, emails, phone, address, tags, Map.of(), 0);
    }

    /** A5, A7: the same contact with these tags and custom field values. */
    public Contact withDetails(Set<TagId> newTags, Map<CustomFieldId, String> newValues) {
        return new Contact(id, name, emails, phone, address, newTags, newValues, version);
    }

    public Contact withVersion(long newVersion) {
        return new Contact(id, name, emails, phone, address, tags, customValues, newVersion);
    }
}
