package io.portico.ui.message;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.portico.application.message.port.in.MessageDraft;
import io.portico.domain.message.AttachmentLimits;
import io.portico.domain.message.MessageSubject;
import io.portico.domain.message.MessageText;
import io.portico.domain.shared.InvalidInputException;
import io.portico.ui.i18n.InputErrors;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Item 8: writing a message — subject, text, files. What sending does is the caller's (one account from its
 * profile; many accounts for a bulk email): refused input comes back as {@link InvalidInputException} and
 * is shown at the field it names, the dialog staying open; otherwise the dialog closes.
 */
public class ComposeMessageDialog extends Dialog {

    final TextField subject = new TextField(getTranslation("field.subject"));
    final TextArea text = new TextArea(getTranslation("field.text"));
    final FilePicker files;
    final Button send = new Button(getTranslation("messages.send"));
    final Button cancel = new Button(getTranslation("messages.cancel"), click -> close());

    public ComposeMessageDialog(AttachmentLimits limits, Consumer<MessageDraft> sending) {
        files = new FilePicker(limits);
        setHeaderTitle(getTranslation("messages.new"));
        subject.setId("message-subject"); // ids for browser flows
        text.setId("message-text");
        files.setId("message-files");
        send.setId("message-send");
        subject.setWidthFull();
        subject.setMaxLength(MessageSubject.MAX_LENGTH);
        text.setWidthFull();
        text.setMinHeight("10em");
        text.setMaxLength(MessageText.MAX_LENGTH);
        var form = new VerticalLayout(subject, text, files);
        form.setPadding(false);
        form.setWidth("36em");
        add(form);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> send(sending));
        getFooter().add(cancel, send);
    }

    private void send(Consumer<MessageDraft> sending) {
        try {
            sending.accept(new MessageDraft(subject.getValue(), text.getValue(), files.files()));
            close();
        } catch (InvalidInputException e) {
            InputErrors.show(e, Map.of("subject", subject, "text", text, "attachments", files));
        }
    }
}
