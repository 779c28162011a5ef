package io.portico.ui.settings;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.portico.application.customfield.port.in.AddCustomFieldCommand;
import io.portico.application.customfield.port.in.AddCustomFieldUseCase;
import io.portico.application.customfield.port.in.ChangeCustomFieldCommand;
import io.portico.application.customfield.port.in.ChangeCustomFieldUseCase;
import io.portico.application.customfield.port.in.CustomFieldsQuery;
import io.portico.application.customfield.port.in.DeleteCustomFieldUseCase;
import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.customfield.CustomFieldType;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.ui.i18n.InputErrors;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The custom fields of one scope: listed, added, renamed (with a dropdown's options), deleted. */
class CustomFieldScopeEditor extends VerticalLayout {

    final Grid<CustomField> grid = new Grid<>();
    final TextField name = new TextField(getTranslation("field.customFieldName"));
    final Select<CustomFieldType> type = new Select<>();
    final TextField options = new TextField(getTranslation("field.customFieldOptions"));
    final Button add = new Button(getTranslation("settings.custom-fields.add"));
    final Paragraph error = new Paragraph();
    private final CustomFieldScope scope;
    private final CustomFieldsQuery fields;
    private final ChangeCustomFieldUseCase change;
    private final DeleteCustomFieldUseCase delete;
    private final StaffId actor;

    CustomFieldScopeEditor(CustomFieldScope scope, CustomFieldsQuery fields, AddCustomFieldUseCase addField, ChangeCustomFieldUseCase change,
                           DeleteCustomFieldUseCase delete, StaffId actor) {
        this.scope = scope;
        this.fields = fields;
        this.change = change;
        this.delete = delete;
        this.actor = actor;
        setPadding(false);
        grid.addColumn(CustomField::name).setHeader(getTranslation("field.customFieldName")).setFlexGrow(2);
        grid.addColumn(field -> typeLabel(field.type())).setHeader(getTranslation("custom-field.type"));
        grid.addColumn(field -> String.join(", ", field.options())).setHeader(getTranslation("field.customFieldOptions")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        type.setLabel(getTranslation("custom-field.type"));
        type.setItems(CustomFieldType.values());
        type.setItemLabelGenerator(this::typeLabel);
        type.setValue(CustomFieldType.TEXT);
        type.addValueChangeListener(e -> options.setVisible(e.getValue() == CustomFieldType.DROPDOWN));
        options.setHelperText(getTranslation("custom-field.options.help"));
        options.setVisible(false);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> run(() -> addField.add(new AddCustomFieldCommand(actor, scope, name.getValue(), type.getValue(),
                        optionsOf(options.getValue()))),
                Map.of("customFieldName", name, "customFieldOptions", options), () -> {
                    name.clear();
                    options.clear();
                }));
        var form = new HorizontalLayout(name, type, options, add);
        form.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("settings.custom-fields." + scope.name())), grid, form, error);
        refresh();
    }

    static List<String> optionsOf(String typed) {
        return Arrays.stream(typed.split(",")).map(String::strip).filter(option -> !option.isEmpty()).toList();
    }

    private HorizontalLayout actions(CustomField field) {
        var edit = new Button(getTranslation("settings.edit"), click -> edit(field));
        var remove = new Button(getTranslation("settings.delete"), click -> delete(field));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, remove);
    }

    /** Deleting asks first: the values and their history go with the field. */
    ConfirmDelete delete(CustomField field) {
        var confirm = new ConfirmDelete(getTranslation("settings.custom-fields.delete.confirm", field.name()),
                () -> run(() -> delete.delete(actor, field.id()), Map.of(), () -> { }));
        confirm.open();
        return confirm;
    }

    /** Rename, and change a dropdown's options; the type stays as it is. */
    EditDialog edit(CustomField field) {
        var dialog = new EditDialog(field);
        dialog.open();
        return dialog;
    }

    final class EditDialog extends Dialog {

        final TextField name = new TextField(getTranslation("field.customFieldName"));
        final TextField options = new TextField(getTranslation("field.customFieldOptions"));
        final Button save = new Button(getTranslation("settings.save"));
        final Paragraph problem = new Paragraph();

        EditDialog(CustomField field) {
            setHeaderTitle(getTranslation("settings.edit") + " · " + field.name());
            name.setValue(field.name());
            options.setValue(String.join(", ", field.options()));
            options.setHelperText(getTranslation("custom-field.options.help"));
            options.setVisible(field.type() == CustomFieldType.DROPDOWN);
            problem.getStyle().set("color", "var(--lumo-error-text-color)");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(click -> {
                try {
                    change.change(new ChangeCustomFieldCommand(actor, field.id(), name.getValue(), optionsOf(options.getValue())));
                    close();
                    refresh();
                } catch (InvalidInputException e) {
                    problem.setText(InputErrors.show(e, Map.of("customFieldName", name, "customFieldOptions", options)));
                } catch (NotAllowedException e) {
                    problem.setText(getTranslation("error.not-allowed"));
                }
            });
            add(new VerticalLayout(name, new Paragraph(getTranslation("custom-field.type") + ": " + typeLabel(field.type())), options, problem));
            getFooter().add(new Button(getTranslation("settings.cancel"), click -> close()), save);
        }
    }

    private void run(Runnable action, Map<String, ? extends HasValidation> inputs, Runnable done) {
        error.setText("");
        try {
            action.run();
            inputs.values().forEach(input -> input.setInvalid(false));
            done.run();
        } catch (InvalidInputException e) {
            error.setText(InputErrors.show(e, inputs));
        } catch (NotAllowedException e) {
            error.setText(getTranslation("error.not-allowed"));
        }
        refresh();
    }

    private String typeLabel(CustomFieldType type) {
        return getTranslation("custom-field.type." + type.name());
    }

    private void refresh() {
        grid.setItems(fields.fields(scope));
    }
}
