package io.portico.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import io.portico.application.account.port.in.AddContactCommand;
import io.portico.application.account.port.in.AddContactUseCase;
import io.portico.application.account.port.in.ContactEntry;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.customfield.CustomField;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.shared.StaleRecordException;
import io.portico.domain.tag.Tag;
import io.portico.ui.i18n.InputErrors;
import io.portico.application.contact.port.in.ContactSummary;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Issue 12, item 8: <b>Add contact</b> on the Info tab — an existing contact picked by part of its name or an
 * address, or a new one, with its toggles; the invitation question when LOGIN goes on (B1), as on creation.
 */
class AddContactDialog extends Dialog {

    final ContactEntryEditor editor;
    final Button add = new Button(getTranslation("account.add-contact.add"));
    final Paragraph error = new Paragraph();
    private final AddContactUseCase addContact;
    private final ShownProfile shown;

    /** The parts of the dialog that come from the firm's settings and the viewer's reach. */
    record Choices(Function<String, Optional<ContactSummary>> ownerOf, ContactPicker.Search search, List<Tag> contactTags,
                   List<CustomField> contactFields) {
    }

    AddContactDialog(AddContactUseCase addContact, Choices choices, ShownProfile shown) {
        this.addContact = addContact;
        this.shown = shown;
        setHeaderTitle(getTranslation("account.add-contact.title", shown.account().name().value()));
        setWidth("52em");
        editor = new ContactEntryEditor(choices.ownerOf(), choices.search(), choices.contactTags(), choices.contactFields(), this::close);
        editor.removeButton.setVisible(false);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> add());
        add(editor, error);
        getFooter().add(new Button(getTranslation("new-account.cancel"), click -> close()), add);
    }

    private void add() {
        error.setText("");
        try {
            ContactEntry entry = editor.toEntry();
            var command = new AddContactCommand(shown.viewer(), shown.id(), shown.account().version(), entry, Optional.empty());
            List<String> withLogin = entry.access().stream().filter(EmailAccess::login).map(access -> access.email().value()).toList();
            if (withLogin.isEmpty()) {
                add(command);
            } else {
                askToInvite(command, withLogin);
            }
        } catch (InvalidInputException e) {
            show(e);
        }
    }

    /** B1: one question for the contact's addresses given LOGIN; cancelling it adds nothing. */
    private void askToInvite(AddContactCommand command, List<String> withLogin) {
        var invite = new InviteDialog(getTranslation("invite.all-title"),
                request -> add(command.withInvitation(Optional.of(request))), () -> add(command), () -> { });
        invite.addComponentAsFirst(new Paragraph(getTranslation("invite.all-addresses", String.join(", ", withLogin))));
        invite.open();
    }

    private void add(AddContactCommand command) {
        try {
            addContact.add(command);
            close();
            shown.reload().run();
        } catch (InvalidInputException e) {
            show(e);
        } catch (StaleRecordException e) {
            error.setText(InputErrors.stale(e));
        } catch (NotAllowedException e) {
            error.setText(getTranslation("error.not-allowed"));
        }
    }

    private void show(InvalidInputException e) {
        error.setText(editor.shows(e) ? editor.show(e) : InputErrors.message(e));
    }
}
