package io.portico.ui.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portico.application.message.port.in.OpenThreadUseCase;
import io.portico.application.message.port.in.PortalMessagesQuery;
import io.portico.application.message.port.in.ReplyToThreadCommand;
import io.portico.application.message.port.in.ReplyToThreadUseCase;
import io.portico.application.message.port.in.ThreadView;
import io.portico.domain.account.AccountId;
import io.portico.domain.message.AttachmentLimits;
import io.portico.domain.message.MessageText;
import io.portico.domain.message.ThreadId;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.InvalidInputException;
import io.portico.ui.i18n.InputErrors;
import io.portico.ui.message.FilePicker;
import io.portico.ui.message.ThreadPanel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Issue 11, item 9: the firm's threads for the client's current account, newest first, unread ones marked;
 * /portal/messages/{thread id} opens one (marking it read) with a box to reply. A thread id of another
 * account, of an account the client no longer reaches, or of nothing reads as "not found".
 */
@Route(value = PortalRoutes.MESSAGES, layout = PortalLayout.class)
@AnonymousAllowed
public class PortalMessagesView extends VerticalLayout implements HasUrlParameter<String>, BeforeEnterObserver, HasDynamicTitle {

    private final PortalMessagesQuery messages;
    private final OpenThreadUseCase open;
    private final ReplyToThreadUseCase reply;
    private final AttachmentLimits limits;
    final H1 title = new H1(getTranslation("portal.messages"));
    final VerticalLayout content = new VerticalLayout();
    /** The open thread's reply box, built afresh with each thread shown. */
    TextArea replyText;
    FilePicker replyFiles;
    Button send;
    private String requested;

    public PortalMessagesView(PortalMessagesQuery messages, OpenThreadUseCase open, ReplyToThreadUseCase reply, AttachmentLimits limits) {
        this.messages = messages;
        this.open = open;
        this.reply = reply;
        this.limits = limits;
        content.setPadding(false);
        add(title, content);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String thread) {
        requested = thread;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PortalSession session = PortalSession.current().orElse(null);
        if (session == null) {
            return; // the layout forwards to the login page
        }
        Optional<AccountId> account = session.currentAccount();
        content.removeAll();
        if (requested == null) {
            account.ifPresent(current -> showThreads(session.userId(), current));
            return;
        }
        Optional<ThreadView> thread = parse(requested).flatMap(id -> account.flatMap(current -> open.open(session.userId(), current, id)));
        if (thread.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        showThread(session.userId(), account.get(), thread.get());
    }

    private void showThreads(PortalUserId client, AccountId account) {
        title.setText(getTranslation("portal.messages"));
        List<ThreadView> threads = messages.threads(client, account);
        if (threads.isEmpty()) {
            content.add(new Span(getTranslation("portal.messages.none")));
        }
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        threads.forEach(thread -> {
            var link = new RouterLink(thread.subject(), PortalMessagesView.class, thread.id().value().toString());
            var line = new HorizontalLayout(link, new Span(when.format(thread.lastMessageAt())));
            line.setAlignItems(Alignment.BASELINE);
            if (thread.unread()) {
                link.getStyle().set("font-weight", "600");
                var badge = new Span(getTranslation("messages.unread"));
                badge.getElement().getThemeList().add("badge small primary");
                line.add(badge);
            }
            content.add(line);
        });
    }

    private void showThread(PortalUserId client, AccountId account, ThreadView thread) {
        title.setText(thread.subject());
        replyText = new TextArea(getTranslation("field.text"));
        replyText.setWidthFull();
        replyText.setMaxLength(MessageText.MAX_LENGTH);
        replyText.setPlaceholder(getTranslation("messages.reply.placeholder"));
        replyText.setId("reply-text");
        replyFiles = new FilePicker(limits);
        send = new Button(getTranslation("messages.send"), click -> sendReply(client, account, thread.id()));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("reply-send");
        content.add(new RouterLink(getTranslation("portal.messages.back"), PortalMessagesView.class),
                new ThreadPanel(thread, id -> messages.attachment(client, account, id), false),
                new H2(getTranslation("messages.reply")), replyText, replyFiles, send);
    }

    private void sendReply(PortalUserId client, AccountId account, ThreadId thread) {
        try {
            reply.reply(new ReplyToThreadCommand(client, account, thread, replyText.getValue(), replyFiles.files()));
            content.removeAll();
            open.open(client, account, thread).ifPresent(shown -> showThread(client, account, shown));
        } catch (InvalidInputException e) {
            InputErrors.show(e, Map.of("text", replyText, "attachments", replyFiles));
        }
    }

    private static Optional<ThreadId> parse(String id) {
        try {
            return Optional.of(new ThreadId(UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · Portal";
    }
}
