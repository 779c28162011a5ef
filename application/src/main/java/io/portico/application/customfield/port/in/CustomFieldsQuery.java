package io.portico.application.customfield.port.in;

import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldScope;
import java.util.List;

/** A7: the firm's custom fields, for showing and editing values; every staff member may read them. */
public interface CustomFieldsQuery {

    /** In the order they were added. */
    List<CustomField> fields(CustomFieldScope scope);
}
