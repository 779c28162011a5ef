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
import com.vaadin.flow.component.textfield.TextField;
import io.portico.application.tag.port.in.AddTagCommand;
import io.portico.application.tag.port.in.AddTagUseCase;
import io.portico.application.tag.port.in.ChangeTagCommand;
import io.portico.application.tag.port.in.ChangeTagUseCase;
import io.portico.application.tag.port.in.DeleteTagUseCase;
import io.portico.application.tag.port.in.TagsQuery;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagColor;
import io.portico.domain.tag.TagScope;
import io.portico.ui.i18n.InputErrors;
import java.util.Map;

/** The tags of one scope: listed, added, renamed and recoloured, deleted. */
class TagScopeEditor extends VerticalLayout {

    final Grid<Tag> grid = new Grid<>();
    final TextField name = new TextField(getTranslation("field.tagName"));
    final ColorSelect color = new ColorSelect();
    final Button add = new Button(getTranslation("settings.tags.add"));
    final Paragraph error = new Paragraph();
    private final TagScope scope;
    private final TagsQuery tags;
    private final ChangeTagUseCase change;
    private final DeleteTagUseCase delete;
    private final StaffId actor;

    TagScopeEditor(TagScope scope, TagsQuery tags, AddTagUseCase addTag, ChangeTagUseCase change, DeleteTagUseCase delete, StaffId actor) {
        this.scope = scope;
        this.tags = tags;
        this.change = change;
        this.delete = delete;
        this.actor = actor;
        setPadding(false);
        grid.addComponentColumn(TagBadge::new).setHeader(getTranslation("field.tagName")).setFlexGrow(3);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> run(() -> addTag.add(new AddTagCommand(actor, scope, name.getValue(), new TagColor(color.getValue()))),
                Map.of("tagName", name, "tagColor", color), () -> name.clear()));
        var form = new HorizontalLayout(name, color, add);
        form.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("settings.tags." + scope.name())), grid, form, error);
        refresh();
    }

    private HorizontalLayout actions(Tag tag) {
        var edit = new Button(getTranslation("settings.edit"), click -> edit(tag));
        var remove = new Button(getTranslation("settings.delete"), click -> delete(tag));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, remove);
    }

    /** Deleting asks first. */
    ConfirmDelete delete(Tag tag) {
        var confirm = new ConfirmDelete(getTranslation("settings.tags.delete.confirm", tag.name()),
                () -> run(() -> delete.delete(actor, tag.id()), Map.of(), () -> { }));
        confirm.open();
        return confirm;
    }

    /** Rename and recolour in a dialog; the dialog stays open while what was typed is refused. */
    EditDialog edit(Tag tag) {
        var dialog = new EditDialog(tag);
        dialog.open();
        return dialog;
    }

    final class EditDialog extends Dialog {

        final TextField name = new TextField(getTranslation("field.tagName"));
        final ColorSelect color = new ColorSelect();
        final Button save = new Button(getTranslation("settings.save"));
        final Paragraph problem = new Paragraph();

        EditDialog(Tag tag) {
            setHeaderTitle(getTranslation("settings.edit") + " · " + tag.name());
            name.setValue(tag.name());
            color.show(tag.color());
            problem.getStyle().set("color", "var(--lumo-error-text-color)");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(click -> {
                try {
                    change.change(new ChangeTagCommand(actor, tag.id(), name.getValue(), new TagColor(color.getValue())));
                    close();
                    refresh();
                } catch (InvalidInputException e) {
                    problem.setText(InputErrors.show(e, Map.of("tagName", name, "tagColor", color)));
                } catch (NotAllowedException e) {
                    problem.setText(getTranslation("error.not-allowed"));
                }
            });
            add(new VerticalLayout(name, color, problem));
            getFooter().add(new Button(getTranslation("settings.cancel"), click -> close()), save);
        }
    }

    private void run(Runnable action, Map<String, ? extends HasValidation> fields, Runnable done) {
        error.setText("");
        try {
            action.run();
            fields.values().forEach(field -> field.setInvalid(false));
            done.run();
        } catch (InvalidInputException e) {
            error.setText(InputErrors.show(e, fields));
        } catch (NotAllowedException e) {
            error.setText(getTranslation("error.not-allowed"));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(tags.tags(scope));
    }
}
