package io.portico.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import io.portico.application.account.port.in.InvitationRequest;
import java.util.function.Consumer;

/**
 * B1, B3, B4: "Invite … to the portal?" with a personal message. <b>Send</b> hands over the message in
 * the UI's language; <b>Skip</b> (only where LOGIN is being turned on) goes on without a mail; closing
 * it any other way is cancelling.
 */
public class InviteDialog extends Dialog {

    /** A personal note, not a letter: it goes into the invitation mail as it is. */
    private static final int MESSAGE_LENGTH = 2000;

    final TextArea message = new TextArea(getTranslation("invite.message"));
    final Button send = new Button(getTranslation("invite.send"));
    final Button skip = new Button(getTranslation("invite.skip"));
    final Button cancel = new Button(getTranslation("invite.cancel"));
    private boolean decided;

    /**
     * @param onSkip   what Skip does; null for no Skip button (sending again, where skipping means cancelling)
     * @param onCancel what closing without a choice does (e.g. turn the LOGIN box back off)
     */
    public InviteDialog(String title, Consumer<InvitationRequest> onSend, Runnable onSkip, Runnable onCancel) {
        setHeaderTitle(title);
        setWidth("32em");
        message.setWidthFull();
        message.setMaxLength(MESSAGE_LENGTH);
        add(message);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> decide(() -> onSend.accept(new InvitationRequest(message.getValue()))));
        skip.addClickListener(click -> decide(onSkip));
        skip.setVisible(onSkip != null);
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, skip, send);
        addOpenedChangeListener(change -> {
            if (!change.isOpened() && !decided) {
                onCancel.run();
            }
        });
    }

    private void decide(Runnable choice) {
        decided = true;
        close();
        choice.run();
    }
}
