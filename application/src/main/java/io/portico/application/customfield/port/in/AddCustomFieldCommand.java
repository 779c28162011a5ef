package io.portico.application.customfield.port.in;

import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.customfield.CustomFieldType;
import io.portico.domain.shared.Require;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Objects;

/** G3: Settings → Custom fields → add a field for accounts or for contacts; {@code options} only for a dropdown. */
public record AddCustomFieldCommand(StaffId actor, CustomFieldScope scope, String name, CustomFieldType type, List<String> options) {

    public AddCustomFieldCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(scope, "scope");
        name = Require.text("customFieldName", name, CustomField.MAX_NAME_LENGTH);
        Objects.requireNonNull(type, "type");
        options = options == null ? List.of() : List.copyOf(options);
    }
}
