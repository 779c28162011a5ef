package io.portico.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.shared.StaleRecordException;
import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagId;
import io.portico.ui.i18n.InputErrors;
import io.portico.ui.settings.TagBadge;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * F4, F5: the tags (A5) and custom field values (A7) of an account or a contact, shown, and edited
 * together with <i>Edit</i>. A save is based on the version shown; a refusal says why and keeps what
 * was typed, a stale save reloads the page with the other person's version.
 */
class DetailsSection extends VerticalLayout {

    /** Saves what the form holds: the chosen tags and, per field shown, what was typed. */
    interface Save {
        void save(Set<TagId> tags, Map<CustomFieldId, String> values);
    }

    final Button edit = new Button(getTranslation("details.edit"));
    final Button save = new Button(getTranslation("details.save"));
    final Button cancel = new Button(getTranslation("details.cancel"));
    final MultiSelectComboBox<Tag> tags = new MultiSelectComboBox<>(getTranslation("field.tags"));
    final Map<CustomFieldId, CustomFieldInput> inputs = new LinkedHashMap<>();
    final Map<CustomFieldId, Button> history = new HashMap<>();
    final Paragraph error = new Paragraph();
    private final VerticalLayout shown = new VerticalLayout();
    private final VerticalLayout editing = new VerticalLayout();

    DetailsSection(List<Tag> available, Set<TagId> current, List<CustomField> fields, Map<CustomFieldId, String> values,
                   boolean editable, Save saver, Consumer<CustomField> openHistory, Runnable reload) {
        setPadding(false);
        setSpacing(false);
        shown.setPadding(false);
        editing.setPadding(false);
        List<Tag> carried = available.stream().filter(tag -> current.contains(tag.id())).toList();
        shown.add(carried.isEmpty() ? new Span(getTranslation("details.no-tags")) : TagBadge.row(carried));
        for (CustomField field : fields) {
            var label = new Span(field.name() + ":");
            label.getStyle().set("font-weight", "600");
            var row = new HorizontalLayout(label, new Span(CustomFieldInput.display(field, values.getOrDefault(field.id(), ""), getLocale())));
            row.setAlignItems(Alignment.BASELINE);
            if (openHistory != null) {
                var button = new Button(getTranslation("custom-field.history"), click -> openHistory.accept(field));
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                history.put(field.id(), button);
                row.add(button);
            }
            shown.add(row);
        }
        tags.setItems(available);
        tags.setItemLabelGenerator(Tag::name);
        tags.setValue(Set.copyOf(carried));
        var form = new FormLayout(tags);
        form.setColspan(tags, 2);
        for (CustomField field : fields) {
            var input = new CustomFieldInput(field, values.getOrDefault(field.id(), ""));
            inputs.put(field.id(), input);
            form.add(input.component());
        }
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        editing.add(form, error, new HorizontalLayout(save, cancel));
        editing.setVisible(false);
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setVisible(editable);
        edit.addClickListener(click -> editing(true));
        cancel.addClickListener(click -> reload.run());
        save.addClickListener(click -> save(saver, reload));
        add(shown, edit, editing);
    }

    private void editing(boolean on) {
        shown.setVisible(!on);
        edit.setVisible(!on);
        editing.setVisible(on);
    }

    private void save(Save saver, Runnable reload) {
        error.setText("");
        inputs.values().forEach(input -> input.validation().setInvalid(false));
        try {
            saver.save(tags.getValue().stream().map(Tag::id).collect(Collectors.toSet()),
                    inputs.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().raw())));
            reload.run();
        } catch (StaleRecordException e) {
            Notification.show(InputErrors.stale(e), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            reload.run();
        } catch (InvalidInputException e) {
            String text = InputErrors.message(e);
            error.setText(text);
            // the refusal names the custom field first; mark its input
            inputs.values().stream()
                    .filter(input -> !e.arguments().isEmpty() && input.field().name().equals(e.arguments().getFirst()))
                    .findFirst()
                    .ifPresent(input -> {
                        input.validation().setErrorMessage(text);
                        input.validation().setInvalid(true);
                    });
        } catch (NotAllowedException e) {
            error.setText(getTranslation("error.not-allowed"));
        }
    }
}
