package io.portico.ui.contact;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import io.portico.application.contact.port.in.EditContactCommand;
import io.portico.application.contact.port.in.EditContactUseCase;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactName;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.shared.StaleRecordException;
import io.portico.domain.staff.StaffId;
import io.portico.ui.form.AddressFields;
import io.portico.ui.form.ContactLanguageSelect;
import io.portico.ui.i18n.InputErrors;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** F5, F6: a contact's personal details; saved once, they change on every account the contact is linked to. */
public class ContactDialog extends Dialog {

    final TextField firstName = new TextField(getTranslation("field.firstName"));
    final TextField lastName = new TextField(getTranslation("field.lastName"));
    final TextField emails = new TextField(getTranslation("field.emails"));
    final TextField phone = new TextField(getTranslation("contact.phone"));
    final AddressFields address = new AddressFields();
    final ContactLanguageSelect language = new ContactLanguageSelect();
    final Button save = new Button(getTranslation("notes.save"));
    final Paragraph error = new Paragraph();
    private final Contact contact;
    private final EditContactUseCase edit;
    private final StaffId editor;
    private final Runnable saved;

    public ContactDialog(Contact contact, EditContactUseCase edit, StaffId editor, Runnable saved) {
        this.contact = contact;
        this.edit = edit;
        this.editor = editor;
        this.saved = saved;
        setHeaderTitle(contact.name().full());
        setWidth("40em");
        firstName.setValue(contact.name().first());
        lastName.setValue(contact.name().last());
        emails.setValue(String.join(", ", contact.emails().all().stream().map(EmailAddress::value).toList()));
        emails.setHelperText(getTranslation("contact.emails.help"));
        phone.setValue(contact.phone());
        address.setValue(contact.address());
        language.show(contact.language());
        var form = new FormLayout(firstName, lastName, emails, phone);
        address.addTo(form);
        form.add(language);
        form.setColspan(emails, 2);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        add(form, error);
        getFooter().add(new Button(getTranslation("new-account.cancel"), click -> close()), save);
    }

    private void save() {
        error.setText("");
        try {
            List<EmailAddress> addresses = Arrays.stream(emails.getValue().split("[,;\\s]+")).map(String::strip)
                    .filter(s -> !s.isEmpty()).map(s -> EmailAddress.of("emails", s)).toList();
            edit.edit(new EditContactCommand(editor, contact.id(), contact.version(), new ContactName(firstName.getValue(), lastName.getValue()),
                    new ContactEmails(addresses), phone.getValue(),
                    address.value(), language.language()));
            close();
            saved.run();
        } catch (InvalidInputException e) {
            Map<String, HasValidation> fields = address.with(Map.of("firstName", firstName, "lastName", lastName, "emails", emails));
            error.setText(InputErrors.show(e, fields));
        } catch (StaleRecordException e) {
            error.setText(InputErrors.stale(e));
        } catch (NotAllowedException e) {
            error.setText(getTranslation("error.not-allowed"));
        }
    }
}
