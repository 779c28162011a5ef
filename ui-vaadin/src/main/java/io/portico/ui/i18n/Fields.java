package io.portico.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.EmailField;

/** Input fields whose own checks speak the same language as the server's. */
public final class Fields {

    private Fields() {
    }

    public static EmailField email() {
        UI ui = UI.getCurrent();
        String label = ui.getTranslation("field.email");
        var field = new EmailField(label);
        field.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage(label + ": " + ui.getTranslation("error.email.invalid"))
                .setRequiredErrorMessage(label + ": " + ui.getTranslation("error.input.required")));
        return field;
    }
}
