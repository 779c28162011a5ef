package io.portico.application.customfield;

import io.portico.application.customfield.port.in.AddCustomFieldCommand;
import io.portico.application.customfield.port.in.AddCustomFieldUseCase;
import io.portico.application.customfield.port.in.ChangeCustomFieldCommand;
import io.portico.application.customfield.port.in.ChangeCustomFieldUseCase;
import io.portico.application.customfield.port.in.CustomFieldsQuery;
import io.portico.application.customfield.port.in.DeleteCustomFieldUseCase;
import io.portico.application.customfield.port.out.CustomFieldPort;
import io.portico.application.staff.Administrators;
import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import java.util.List;

/** A7, G3: the firm's custom fields, defined by owners and admins. */
public final class CustomFieldService implements AddCustomFieldUseCase, ChangeCustomFieldUseCase, DeleteCustomFieldUseCase, CustomFieldsQuery {

    private final CustomFieldPort fields;
    private final Administrators administrators;

    public CustomFieldService(CustomFieldPort fields, Administrators administrators) {
        this.fields = fields;
        this.administrators = administrators;
    }

    @Override
    public CustomFieldId add(AddCustomFieldCommand command) {
        administrators.require(command.actor(), "manage custom fields");
        CustomField field = CustomField.create(command.scope(), command.name(), command.type(), command.options());
        fields.add(field);
        return field.id();
    }

    @Override
    public void change(ChangeCustomFieldCommand command) {
        administrators.require(command.actor(), "manage custom fields");
        CustomField field = fields.find(command.field()).orElseThrow(() -> new InvalidInputException("customField", "custom-field.not-found"));
        fields.update(field.changed(command.name(), command.options()));
    }

    @Override
    public void delete(StaffId actor, CustomFieldId field) {
        administrators.require(actor, "manage custom fields");
        fields.delete(field);
    }

    @Override
    public List<CustomField> fields(CustomFieldScope scope) {
        return fields.all(scope);
    }
}
