package io.portico.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.portico.application.message.port.in.AccountMessagesQuery;
import io.portico.application.message.port.in.AnswerThreadCommand;
import io.portico.application.message.port.in.AnswerThreadUseCase;
import io.portico.application.message.port.in.SendMessageCommand;
import io.portico.application.message.port.in.SendMessageUseCase;
import io.portico.application.message.port.in.ThreadView;
import io.portico.domain.message.AttachmentLimits;
import io.portico.domain.message.MessageText;
import io.portico.domain.shared.InvalidInputException;
import io.portico.ui.i18n.InputErrors;
import io.portico.ui.message.ComposeMessageDialog;
import io.portico.ui.message.FilePicker;
import io.portico.ui.message.ThreadPanel;
import java.util.List;
import java.util.Map;

/**
 * Items 8, 9: the account's Messages tab — New message, and its threads newest first, each with its
 * messages, who sent them, their deliveries, and a box to answer in it.
 */
class MessagesTab extends VerticalLayout {

    static final int SHOWN = 50;

    final Button newMessage = new Button(getTranslation("messages.new"));
    final VerticalLayout threads = new VerticalLayout();
    private final ShownProfile shown;
    private final AccountMessagesQuery messages;
    private final SendMessageUseCase send;
    private final AnswerThreadUseCase answer;
    private final AttachmentLimits limits;

    MessagesTab(ShownProfile shown, AccountMessagesQuery messages, SendMessageUseCase send, AnswerThreadUseCase answer,
                AttachmentLimits limits) {
        this.shown = shown;
        this.messages = messages;
        this.send = send;
        this.answer = answer;
        this.limits = limits;
        setPadding(false);
        newMessage.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newMessage.setId("new-message");
        newMessage.addClickListener(click -> compose().open());
        threads.setPadding(false);
        add(new H2(getTranslation("messages.title")), newMessage, threads);
        refresh();
    }

    ComposeMessageDialog compose() {
        return new ComposeMessageDialog(limits, draft -> {
            send.send(new SendMessageCommand(List.of(shown.id()), draft, shown.viewer()));
            Notification.show(getTranslation("messages.sent"), 3000, Notification.Position.BOTTOM_START);
            refresh();
        });
    }

    void refresh() {
        threads.removeAll();
        List<ThreadView> shownThreads = messages.threads(shown.viewer(), shown.id(), SHOWN);
        if (shownThreads.isEmpty()) {
            threads.add(new Span(getTranslation("messages.none")));
        }
        shownThreads.forEach(thread -> threads.add(thread(thread)));
    }

    private VerticalLayout thread(ThreadView thread) {
        var box = new VerticalLayout(new H4(thread.subject()),
                new ThreadPanel(thread, id -> messages.attachment(shown.viewer(), id), true), new AnswerBox(thread));
        box.setPadding(false);
        box.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return box;
    }

    /** Item 9: a staff member's answer in the thread; the account's NOTIFY addresses hear of it. */
    class AnswerBox extends VerticalLayout {

        final TextArea text = new TextArea();
        final FilePicker files = new FilePicker(limits);
        final Button submit = new Button(getTranslation("messages.answer"));

        AnswerBox(ThreadView thread) {
            setPadding(false);
            text.setWidthFull();
            text.setPlaceholder(getTranslation("messages.reply.placeholder"));
            text.setMaxLength(MessageText.MAX_LENGTH);
            submit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            submit.addClickListener(click -> submit(thread));
            add(text, new HorizontalLayout(files, submit));
        }

        private void submit(ThreadView thread) {
            try {
                answer.answer(new AnswerThreadCommand(shown.viewer(), thread.id(), text.getValue(), files.files()));
                refresh();
            } catch (InvalidInputException e) {
                InputErrors.show(e, Map.of("text", text, "attachments", files));
            }
        }
    }
}
