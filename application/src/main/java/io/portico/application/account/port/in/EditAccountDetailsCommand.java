package io.portico.application.account.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.TagId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * F4: the account's tags (A5) and custom field values (A7), from the version the user saw.
 * {@code customValues} holds what was typed for each field shown, a blank one clearing it; fields
 * left out keep their values.
 */
public record EditAccountDetailsCommand(StaffId actor, AccountId account, long version, Set<TagId> tags,
                                        Map<CustomFieldId, String> customValues) {

    public EditAccountDetailsCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(account, "account");
        tags = Set.copyOf(tags);
        customValues = Map.copyOf(customValues);
    }
}
