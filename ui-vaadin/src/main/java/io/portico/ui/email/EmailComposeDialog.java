package io.portico.ui.email;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.portico.application.email.port.in.EmailDraft;
import io.portico.application.email.port.in.MailboxChoice;
import io.portico.application.email.port.in.SendEmailCommand;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.ui.i18n.InputErrors;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Item 7: writing an email — the mailbox it leaves from, To, Cc, subject and text, filled from the draft. A refused
 * input is shown at the field it names and the dialog stays open; once sent, it closes.
 */
public class EmailComposeDialog extends Dialog {

    /** What the member wrote, as typed. */
    public record Input(MailboxId mailbox, String to, String cc, String subject, String text) {
    }

    final Select<MailboxChoice> mailbox = new Select<>();
    final TextField to = new TextField(getTranslation("field.emailTo"));
    final TextField cc = new TextField(getTranslation("field.emailCc"));
    final TextField subject = new TextField(getTranslation("field.subject"));
    final TextArea text = new TextArea(getTranslation("field.text"));
    final Paragraph error = new Paragraph();
    final Button send = new Button(getTranslation("email.compose.send"));
    final Button cancel = new Button(getTranslation("email.compose.cancel"), click -> close());

    public EmailComposeDialog(String title, List<MailboxChoice> mailboxes, EmailDraft draft, Consumer<Input> sending) {
        setHeaderTitle(title);
        mailbox.setLabel(getTranslation("field.emailFrom"));
        mailbox.setItems(mailboxes);
        mailbox.setItemLabelGenerator(choice -> choice.name() + " <" + choice.address().value() + ">");
        mailbox.setValue(mailboxes.getFirst());
        to.setValue(joined(draft.to()));
        cc.setValue(joined(draft.cc()));
        to.setHelperText(getTranslation("email.compose.addresses.help"));
        subject.setValue(draft.subject());
        subject.setMaxLength(SendEmailCommand.SUBJECT_MAX_LENGTH);
        text.setMaxLength(SendEmailCommand.TEXT_MAX_LENGTH);
        text.setMinHeight("12em");
        mailbox.setId("email-from"); // ids for browser flows
        to.setId("email-to");
        cc.setId("email-cc");
        subject.setId("email-subject");
        text.setId("email-text");
        send.setId("email-send");
        List.<HasSize>of(mailbox, to, cc, subject, text).forEach(HasSize::setWidthFull);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        var form = new VerticalLayout(mailbox, to, cc, subject, text, error);
        form.setPadding(false);
        form.setWidth("40em");
        add(form);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> send(sending));
        getFooter().add(cancel, send);
    }

    private static String joined(List<EmailAddress> addresses) {
        return addresses.stream().map(EmailAddress::value).collect(Collectors.joining(", "));
    }

    private void send(Consumer<Input> sending) {
        try {
            MailboxId from = mailbox.getValue() == null ? null : mailbox.getValue().id();
            sending.accept(new Input(from, to.getValue(), cc.getValue(), subject.getValue(), text.getValue()));
            close();
        } catch (InvalidInputException e) {
            Map<String, HasValidation> fields = Map.of("emailFrom", mailbox, "emailTo", to, "emailCc", cc, "subject", subject, "text", text);
            String message = InputErrors.show(e, fields);
            error.setText(fields.containsKey(e.field()) ? "" : message);
        }
    }
}
