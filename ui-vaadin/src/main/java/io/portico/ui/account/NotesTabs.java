package io.portico.ui.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.portico.application.account.port.in.NotesQuery;
import io.portico.application.account.port.in.WriteNoteUseCase;

/** Builds the profile's Notes tab (F7): its title over the {@link NotesSection}. */
@org.springframework.stereotype.Component
public class NotesTabs {

    private final NotesQuery notes;
    private final WriteNoteUseCase writeNote;

    NotesTabs(NotesQuery notes, WriteNoteUseCase writeNote) {
        this.notes = notes;
        this.writeNote = writeNote;
    }

    Component tab(ShownProfile shown) {
        var tab = new VerticalLayout(new H2(UI.getCurrent().getTranslation("notes.title")),
                new NotesSection(notes, writeNote, shown.viewer(), shown.id(), shown.profile().manageable())); // also on an archived account
        tab.setPadding(false);
        return tab;
    }
}
