package io.portico.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.portico.application.account.port.in.NoteView;
import io.portico.application.account.port.in.NotesQuery;
import io.portico.application.account.port.in.WriteNoteUseCase;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.NoteText;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import io.portico.ui.i18n.InputErrors;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

/** F7: an account's notes, newest first; staff who may edit the account add, edit and delete them. */
class NotesSection extends VerticalLayout {

    static final int SHOWN = 50;

    final TextArea draft = new TextArea(getTranslation("notes.new"));
    final Button add = new Button(getTranslation("notes.add"));
    private final VerticalLayout list = new VerticalLayout();
    private final NotesQuery notes;
    private final WriteNoteUseCase write;
    private final StaffId viewer;
    private final AccountId account;
    private final boolean editable;

    NotesSection(NotesQuery notes, WriteNoteUseCase write, StaffId viewer, AccountId account, boolean editable) {
        this.notes = notes;
        this.write = write;
        this.viewer = viewer;
        this.account = account;
        this.editable = editable;
        setPadding(false);
        addClassName("notes");
        list.setPadding(false);
        draft.setWidthFull();
        draft.setMaxLength(NoteText.MAX_LENGTH);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> save(() -> write.add(viewer, account, draft.getValue()), draft));
        if (editable) {
            add(draft, add);
        }
        add(list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        var shown = notes.notes(viewer, account, SHOWN);
        if (shown.isEmpty()) {
            list.add(new Span(getTranslation("notes.none")));
        }
        shown.forEach(note -> list.add(noteItem(note, when)));
    }

    private VerticalLayout noteItem(NoteView note, DateTimeFormatter when) {
        var meta = new Span(note.author() + " · " + when.format(note.createdAt()));
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        var text = new Paragraph(note.text());
        text.getStyle().set("white-space", "pre-wrap").set("margin", "0");
        var item = new VerticalLayout(meta, text);
        item.setPadding(false);
        item.setSpacing(false);
        if (editable) {
            var edit = new Button(getTranslation("notes.edit"), click -> startEdit(item, note));
            var delete = new Button(getTranslation("notes.delete"), click -> confirmDelete(note));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            item.add(new HorizontalLayout(edit, delete));
        }
        return item;
    }

    private void startEdit(VerticalLayout item, NoteView note) {
        var editor = new TextArea();
        editor.setValue(note.text());
        editor.setWidthFull();
        editor.setMaxLength(NoteText.MAX_LENGTH);
        var save = new Button(getTranslation("notes.save"), click -> save(() -> write.edit(viewer, note.id(), editor.getValue()), editor));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        var cancel = new Button(getTranslation("new-account.cancel"), click -> refresh());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
        item.removeAll();
        item.add(editor, new HorizontalLayout(save, cancel));
    }

    private void confirmDelete(NoteView note) {
        var confirm = new ConfirmDialog(getTranslation("notes.delete"), getTranslation("notes.delete.confirm"),
                getTranslation("notes.delete"), event -> {
                    write.delete(viewer, note.id());
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("new-account.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void save(Runnable change, TextArea field) {
        try {
            change.run();
            draft.clear();
            draft.setInvalid(false);
            refresh();
        } catch (InvalidInputException e) {
            InputErrors.show(e, Map.of("note", field));
        }
    }
}
