package io.portico.ui.i18n;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.StaleRecordException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

/** Shows a refused input next to the field it names, in the user's language. */
public final class InputErrors {

    private InputErrors() {
    }

    public static String message(InvalidInputException e) {
        UI ui = UI.getCurrent();
        return ui.getTranslation("field." + e.field()) + ": " + ui.getTranslation("error." + e.messageKey(), e.arguments().toArray());
    }

    /** "Changed by … at …": someone saved the record since it was loaded; nothing was overwritten. */
    public static String stale(StaleRecordException e) {
        UI ui = UI.getCurrent();
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(ui.getLocale()).withZone(ZoneId.systemDefault());
        return ui.getTranslation("error.stale", e.changedBy(), when.format(e.changedAt()));
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
