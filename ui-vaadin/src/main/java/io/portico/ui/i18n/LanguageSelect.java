package io.portico.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** Switches the UI language for the rest of the session. */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect() {
        setItems(PorticoI18NProvider.LANGUAGES);
        setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        setAriaLabel(getTranslation("language.label"));
        setValue(PorticoI18NProvider.supported(UI.getCurrent().getLocale()));
        setWidth("9em");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                VaadinSession.getCurrent().setLocale(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
