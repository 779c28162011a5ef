package io.portico.application.customfield.port.in;

public interface ChangeCustomFieldUseCase {

    /** Owners and admins only; refusals name the field of the form. */
    void change(ChangeCustomFieldCommand command);
}
