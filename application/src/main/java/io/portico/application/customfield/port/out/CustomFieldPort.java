package io.portico.application.customfield.port.out;

import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Optional;

/** The firm's custom fields. A name is unique within its scope, whatever its capitals. */
public interface CustomFieldPort {

    /** @throws io.portico.domain.shared.InvalidInputException on "customFieldName" ("custom-field.name-taken") */
    void add(CustomField field);

    /** Name and options; like {@link #add}; a field that no longer exists is refused on "customField". */
    void update(CustomField field);

    /** With every value of the field and their history; nothing happens for an unknown id. */
    void delete(CustomFieldId id);

    Optional<CustomField> find(CustomFieldId id);

    /**
     * The field a typed value is for, if it exists and belongs to that scope.
     *
     * @throws io.portico.domain.shared.InvalidInputException on "customFields" ("custom-field.not-found") otherwise
     */
    default CustomField require(CustomFieldId id, CustomFieldScope scope) {
        return find(id).filter(field -> field.scope() == scope)
                .orElseThrow(() -> new InvalidInputException("customFields", "custom-field.not-found"));
    }

    /** In the order they were added. */
    List<CustomField> all(CustomFieldScope scope);
}
