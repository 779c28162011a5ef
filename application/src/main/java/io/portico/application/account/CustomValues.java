package io.portico.application.account;

import io.portico.application.customfield.port.out.CustomFieldPort;
import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.customfield.CustomFieldScope;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A7: typed custom field values checked by their fields and applied to the stored ones. */
public final class CustomValues {

    /** Told of each value that really changed. */
    interface Changed {
        void value(CustomFieldId field, String before, String after);
    }

    private final CustomFieldPort fields;

    public CustomValues(CustomFieldPort fields) {
        this.fields = fields;
    }

    /**
     * The stored values with the typed ones applied. A value typed as it is stored is left alone
     * (so one whose dropdown option was removed since is kept); any other is checked by its field.
     */
    Map<CustomFieldId, String> applied(CustomFieldScope scope, Map<CustomFieldId, String> stored, Map<CustomFieldId, String> typed,
                                       Changed changed) {
        Map<CustomFieldId, String> values = new HashMap<>(stored);
        typed.forEach((id, raw) -> {
            CustomField field = fields.require(id, scope);
            String before = stored.getOrDefault(id, "");
            if ((raw == null ? "" : raw.strip()).equals(before)) {
                return;
            }
            Optional<String> value = field.valueOf(raw);
            String after = value.orElse("");
            if (after.equals(before)) {
                return;
            }
            value.ifPresentOrElse(v -> values.put(id, v), () -> values.remove(id));
            changed.value(id, before, after);
        });
        return values;
    }
}
