package io.portico.application.customfield.port.in;

import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.shared.Require;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Objects;

/**
 * G3: rename a custom field and, for a dropdown, change its options. The type stays: values already
 * stored keep their meaning. A value whose option was removed stays until someone changes it.
 */
public record ChangeCustomFieldCommand(StaffId actor, CustomFieldId field, String name, List<String> options) {

    public ChangeCustomFieldCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(field, "field");
        name = Require.text("customFieldName", name, CustomField.MAX_NAME_LENGTH);
        options = options == null ? List.of() : List.copyOf(options);
    }
}
