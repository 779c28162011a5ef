package io.portico.ui.email;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.portico.application.email.port.in.ComposeEmailQuery;
import io.portico.application.email.port.in.MailboxChoice;
import io.portico.application.email.port.in.SendEmailCommand;
import io.portico.application.email.port.in.SendEmailUseCase;
import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Item 7: the buttons that write mail from an account's Email tab, through a firm mailbox. */
@org.springframework.stereotype.Component
public class EmailComposer {

    private final ComposeEmailQuery compose;
    private final SendEmailUseCase send;

    public EmailComposer(ComposeEmailQuery compose, SendEmailUseCase send) {
        this.compose = compose;
        this.send = send;
    }

    /** <i>New email</i> to the account's EMAIL SYNC addresses; {@code sent} runs once the mail is queued. */
    public Component newEmailButton(AccountId account, StaffId viewer, Runnable sent) {
        List<MailboxChoice> mailboxes = compose.mailboxes();
        if (mailboxes.isEmpty()) {
            return noMailbox();
        }
        var button = new Button(text("email.compose.new"), click -> open(account, viewer, Optional.empty(), false, mailboxes, sent));
        button.setId("email-new");
        return button;
    }

    /** <i>Reply</i> and <i>Reply all</i> to one synced message (its id in the store). */
    public Component replyButtons(AccountId account, StaffId viewer, UUID message, Runnable sent) {
        List<MailboxChoice> mailboxes = compose.mailboxes();
        if (mailboxes.isEmpty()) {
            return noMailbox();
        }
        var reply = new Button(text("email.compose.reply"), click -> open(account, viewer, Optional.of(message), false, mailboxes, sent));
        var replyAll = new Button(text("email.compose.reply-all"), click -> open(account, viewer, Optional.of(message), true, mailboxes, sent));
        reply.addThemeVariants(ButtonVariant.LUMO_SMALL);
        replyAll.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reply.addClassName("email-reply");
        replyAll.addClassName("email-reply-all");
        return new HorizontalLayout(reply, replyAll);
    }

    private void open(AccountId account, StaffId viewer, Optional<UUID> repliedTo, boolean replyAll, List<MailboxChoice> mailboxes,
                      Runnable sent) {
        compose.draft(viewer, account, repliedTo, replyAll).ifPresentOrElse(draft -> {
            String title = text(repliedTo.isEmpty() ? "email.compose.new" : replyAll ? "email.compose.reply-all" : "email.compose.reply");
            var dialog = new EmailComposeDialog(title, mailboxes, draft, input -> {
                send.send(SendEmailCommand.of(viewer, account, input.mailbox(), input.subject(), input.text(), input.to(), input.cc(),
                        repliedTo));
                Notification.show(text("email.compose.sent"));
                sent.run();
            });
            dialog.open();
        }, () -> Notification.show(text("error.compose.message-not-found")));
    }

    private static Span noMailbox() {
        var hint = new Span(text("email.compose.no-mailbox"));
        hint.addClassName("email-no-mailbox");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return hint;
    }

    private static String text(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
