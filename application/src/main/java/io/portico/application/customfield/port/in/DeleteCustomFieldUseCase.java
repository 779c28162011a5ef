package io.portico.application.customfield.port.in;

import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.staff.StaffId;

public interface DeleteCustomFieldUseCase {

    /** Removes the field with its values and their history; owners and admins only. */
    void delete(StaffId actor, CustomFieldId field);
}
