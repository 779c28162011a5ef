package io.portico.domain.importing;

import io.portico.domain.customfield.CustomFieldId;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** What one column is imported as: a field, or a custom field of accounts or contacts. */
public record ColumnTarget(ImportField field, Optional<CustomFieldId> customField) {

    public static final ColumnTarget IGNORED = of(ImportField.IGNORE);

    private static final char SEPARATOR = ':';

    public ColumnTarget {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(customField, "customField");
        if (field.custom() != customField.isPresent()) {
            throw new IllegalArgumentException(field + " with custom field " + customField);
        }
    }

    public static ColumnTarget of(ImportField field) {
        return new ColumnTarget(field, Optional.empty());
    }

    public static ColumnTarget custom(ImportField scope, CustomFieldId id) {
        return new ColumnTarget(scope, Optional.of(id));
    }

    /** As stored (a remembered mapping, a job's parameters): {@code EMAIL}, {@code ACCOUNT_CUSTOM_FIELD:<uuid>}. */
    public String code() {
        return customField.map(id -> field.name() + SEPARATOR + id.value()).orElse(field.name());
    }

    /** Reads {@link #code()} back. */
    public static ColumnTarget parse(String code) {
        int at = code.indexOf(SEPARATOR);
        if (at < 0) {
            return of(ImportField.valueOf(code));
        }
        return custom(ImportField.valueOf(code.substring(0, at)), new CustomFieldId(UUID.fromString(code.substring(at + 1))));
    }
}
