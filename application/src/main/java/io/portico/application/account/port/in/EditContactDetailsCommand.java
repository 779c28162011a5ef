package io.portico.application.account.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.contact.ContactId;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.TagId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * F5: a contact's tags (A5) and custom field values (A7), edited from an account it is linked to, from
 * the contact's version the user saw. {@code customValues} as in {@link EditAccountDetailsCommand}.
 */
public record EditContactDetailsCommand(StaffId actor, AccountId account, ContactId contact, long version, Set<TagId> tags,
                                        Map<CustomFieldId, String> customValues) {

    public EditContactDetailsCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(contact, "contact");
        tags = Set.copyOf(tags);
        customValues = Map.copyOf(customValues);
    }
}
