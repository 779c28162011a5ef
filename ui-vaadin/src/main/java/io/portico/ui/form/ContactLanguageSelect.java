package io.portico.ui.form;

import com.vaadin.flow.component.select.Select;
import io.portico.domain.shared.Language;
import java.util.Optional;

/** Issue 11, item 3: the language mails to a contact are written in; no choice means the firm's language. */
public final class ContactLanguageSelect extends Select<Language> {

    public ContactLanguageSelect() {
        setLabel(getTranslation("field.language"));
        setItems(Language.values());
        setItemLabelGenerator(language -> language == null ? getTranslation("contact.language.firm")
                : language.locale().getDisplayLanguage(language.locale()));
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(getTranslation("contact.language.firm"));
    }

    public Optional<Language> language() {
        return Optional.ofNullable(getValue());
    }

    public void show(Optional<Language> language) {
        setValue(language.orElse(null));
    }
}
