package io.portico.ui.i18n;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import io.portico.domain.shared.InvalidInputException;
import java.util.Map;

/** Shows a refused input next to the field it names, in the user's language. */
public final class InputErrors {

    private InputErrors() {
    }

    public static String message(InvalidInputException e) {
        UI ui = UI.getCurrent();
        return ui.getTranslation("field." + e.field()) + ": " + ui.getTranslation("error." + e.messageKey(), e.arguments().toArray());
    }

    /** Marks the named field invalid; a field the form does not have gets the message as a whole. */
    public static String show(InvalidInputException e, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
        String text = message(e);
        HasValidation field = fields.get(e.field());
        if (field != null) {
            field.setErrorMessage(text);
            field.setInvalid(true);
        }
        return text;
    }
}
