package io.portico.application.customfield.port.in;

import io.portico.domain.customfield.CustomFieldId;

public interface AddCustomFieldUseCase {

    /**
     * @throws io.portico.domain.shared.InvalidInputException naming the field of the form: a taken name, missing options
     * @throws io.portico.domain.shared.NotAllowedException unless the actor is an owner or admin
     */
    CustomFieldId add(AddCustomFieldCommand command);
}
