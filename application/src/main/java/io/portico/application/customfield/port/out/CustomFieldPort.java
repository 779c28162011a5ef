package io.portico.application.customfield.port.out;

import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.customfield.CustomFieldScope;
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

    /** In the order they were added. */
    List<CustomField> all(CustomFieldScope scope);
}
