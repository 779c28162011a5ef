package io.portico.ui.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.portico.domain.customfield.CustomField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A7: the input for one custom field, by its type, holding the value as typed. Numbers and emails are
 * plain text: the server checks them and names the field, in the user's language.
 */
final class CustomFieldInput {

    private final CustomField field;
    private final Component component;

    CustomFieldInput(CustomField field, String stored) {
        this.field = field;
        UI ui = UI.getCurrent();
        this.component = switch (field.type()) {
            case TEXT, NUMBER, EMAIL -> new TextField(field.name(), stored, "");
            case DATE -> {
                var picker = new DatePicker(field.name());
                picker.setLocale(ui.getLocale());
                parseDate(stored).ifPresent(picker::setValue);
                yield picker;
            }
            case YES_NO -> choice(List.of("", "true", "false"), stored);
            case DROPDOWN -> {
                List<String> items = new ArrayList<>(List.of(""));
                items.addAll(field.options());
                if (!stored.isEmpty() && !items.contains(stored)) {
                    items.add(stored); // an option removed since: kept until changed
                }
                yield choice(items, stored);
            }
        };
    }

    private Select<String> choice(List<String> items, String stored) {
        var select = new Select<String>();
        select.setLabel(field.name());
        select.setItems(items);
        select.setItemLabelGenerator(value -> value.isEmpty() ? "—" : display(field, value, UI.getCurrent().getLocale()));
        select.setValue(stored);
        return select;
    }

    CustomField field() {
        return field;
    }

    Component component() {
        return component;
    }

    HasValidation validation() {
        return (HasValidation) component;
    }

    /** What was typed or chosen; blank for no value. */
    @SuppressWarnings("unchecked")
    String raw() {
        return switch (component) {
            case TextField text -> text.getValue();
            case DatePicker picker -> picker.getValue() == null ? "" : picker.getValue().toString();
            case Select<?> select -> select.getValue() == null ? "" : (String) select.getValue();
            default -> throw new IllegalStateException(component.getClass().getName());
        };
    }

    /** A stored value as people read it: yes/no in words, dates in the user's format. */
    static String display(CustomField field, String stored, Locale locale) {
        if (stored == null || stored.isEmpty()) {
            return "";
        }
        UI ui = UI.getCurrent();
        return switch (field.type()) {
            case YES_NO -> ui.getTranslation("true".equals(stored) ? "custom-field.yes" : "custom-field.no");
            case DATE -> parseDate(stored).map(d -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(d))
                    .orElse(stored);
            default -> stored;
        };
    }

    private static java.util.Optional<LocalDate> parseDate(String stored) {
        try {
            return stored == null || stored.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(LocalDate.parse(stored));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }
}
