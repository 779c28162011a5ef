package io.portico.ui.account;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.portico.application.contact.port.ContactMatch;
import io.portico.application.contact.port.in.ContactSummary;
import java.util.List;
import java.util.function.Consumer;

/**
 * A8, issue 12 item 8: type part of a name or an address, pick an existing contact from the matches the user
 * may see. One component for the New account dialog and Add contact on the Info tab.
 */
class ContactPicker extends ComboBox<ContactMatch> {

    /** Matches shown at most: one more letter narrows them. */
    static final int RESULTS = 20;

    /** The contacts matching what was typed, as the signed-in member may link them. */
    @FunctionalInterface
    interface Search {
        List<ContactMatch> matches(String typed, int limit);
    }

    ContactPicker(Search search, Consumer<ContactSummary> picked) {
        super(getTranslationOf("contact.find-existing"));
        setPlaceholder(getTranslationOf("contact.find-existing.placeholder"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setWidthFull();
        setItems(query -> query.getOffset() > 0 ? java.util.stream.Stream.empty()
                : search.matches(query.getFilter().orElse(""), Math.min(query.getLimit(), RESULTS)).stream());
        setItemLabelGenerator(ContactPicker::label);
        addValueChangeListener(event -> {
            if (event.getValue() != null) {
                ContactMatch match = event.getValue();
                picked.accept(new ContactSummary(match.id(), match.name(), match.emails()));
            }
        });
    }

    static String label(ContactMatch match) {
        return match.emails().isEmpty() ? match.name() : match.name() + " — " + String.join(", ", match.emails());
    }

    private static String getTranslationOf(String key) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key);
    }
}
