package io.portico.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.function.Consumer;

/** Switches the UI language for the rest of the session. */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect() {
        this(chosen -> {
        });
    }

    /** Also tells {@code chosen} the language a person picks, before the page reloads in it. */
    public LanguageSelect(Consumer<Locale> chosen) {
        setItems(PorticoI18NProvider.LANGUAGES);
        setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        setAriaLabel(getTranslation("language.label"));
        setValue(PorticoI18NProvider.supported(UI.getCurrent().getLocale()));
        setWidth("9em");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                chosen.accept(event.getValue());
                VaadinSession.getCurrent().setLocale(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
