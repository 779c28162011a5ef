package io.portico.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.portico.application.account.port.in.EditLinkCommand;
import io.portico.application.account.port.in.EditLinkUseCase;
import io.portico.domain.account.ContactLink;
import io.portico.domain.contact.Contact;

/**
 * F5: a linked contact's signer settings, and for those who may edit the account, Edit description
 * (with the signer priority) and Disable / Enable signer authority.
 */
class SignerRow extends HorizontalLayout {

    SignerRow(ShownProfile shown, Contact contact, ContactLink link, EditLinkUseCase editLink) {
        setAlignItems(Alignment.BASELINE);
        add(new Span(getTranslation("account.signer-priority") + ": " + link.signerPriority() + " · "
                + getTranslation(link.signerAuthority() ? "account.signer-authority.on" : "account.signer-authority.off")));
        if (!shown.editable()) {
            return;
        }
        var description = new TextField(getTranslation("field.description"));
        description.setValue(link.description());
        description.setMaxLength(200);
        var priority = new IntegerField(getTranslation("account.signer-priority"));
        priority.setMin(0);
        priority.setMax(99);
        priority.setStepButtonsVisible(true);
        priority.setValue(link.signerPriority());
        var save = new Button(getTranslation("notes.save"), click -> shown.change(() -> editLink.edit(new EditLinkCommand(shown.viewer(),
                shown.id(), shown.account().version(), contact.id(), description.getValue(),
                priority.getValue() == null ? -1 : priority.getValue(), link.signerAuthority()))));
        var editor = new HorizontalLayout(description, priority, save);
        editor.setAlignItems(Alignment.BASELINE);
        editor.setVisible(false);
        var edit = new Button(getTranslation("account.edit-description"), click -> {
            editor.setVisible(true);
            click.getSource().setVisible(false);
        });
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var authority = new Button(getTranslation(link.signerAuthority() ? "account.signer-authority.disable" : "account.signer-authority.enable"),
                click -> shown.change(() -> editLink.edit(new EditLinkCommand(shown.viewer(), shown.id(), shown.account().version(),
                        contact.id(), link.description(), link.signerPriority(), !link.signerAuthority()))));
        authority.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(edit, authority, editor);
    }
}
