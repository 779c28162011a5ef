package io.portico.application.message;

import io.portico.application.message.port.in.MessageDraft;
import io.portico.application.message.port.in.SendMessageCommand;
import io.portico.application.message.port.in.SendMessageUseCase;
import io.portico.application.message.port.out.MessagePort;
import io.portico.application.notification.port.in.Notification;
import io.portico.application.notification.port.in.RaiseNotificationUseCase;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.AccountId;
import io.portico.domain.message.AttachmentLimits;
import io.portico.domain.message.Message;
import io.portico.domain.message.MessageId;
import io.portico.domain.message.MessageSender;
import io.portico.domain.message.MessageSubject;
import io.portico.domain.message.MessageText;
import io.portico.domain.message.MessageThread;
import io.portico.domain.notification.NotificationEvent;
import io.portico.domain.shared.FileAttachment;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Item 8: a new thread on each account the sender may see, opened by the message, and one
 * MESSAGE_RECEIVED notification per account — stored in one batch and raised in one call, so a bulk
 * email's chunk of accounts costs a few statements, not a few per account.
 */
public final class SendMessageService implements SendMessageUseCase {

    private final MessagePort messages;
    private final MessageSenders senders;
    private final RaiseNotificationUseCase notifications;
    private final AttachmentLimits limits;
    private final Transactions transactions;
    private final Clock clock;

    public SendMessageService(MessagePort messages, MessageSenders senders, RaiseNotificationUseCase notifications,
                              AttachmentLimits limits, Transactions transactions, Clock clock) {
        this.messages = messages;
        this.senders = senders;
        this.notifications = notifications;
        this.limits = limits;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Map<AccountId, MessageId> send(SendMessageCommand command) {
        MessageDraft draft = command.draft();
        var subject = new MessageSubject(draft.subject());
        var text = new MessageText(draft.text());
        limits.check(draft.attachments());
        Set<AccountId> visible = senders.visible(command.by(), command.accounts());
        List<AccountId> targets = command.accounts().stream().distinct().filter(visible::contains).toList();
        if (targets.isEmpty()) {
            return Map.of();
        }
        String sender = senders.name(command.by());
        return transactions.inTransaction(() -> store(targets, subject, text, draft, new MessageSender.Staff(command.by()), sender));
    }

    private Map<AccountId, MessageId> store(List<AccountId> targets, MessageSubject subject, MessageText text, MessageDraft draft,
                                            MessageSender by, String senderName) {
        Instant now = clock.instant();
        var threads = new ArrayList<MessageThread>(targets.size());
        var written = new ArrayList<Message>(targets.size());
        var raised = new ArrayList<Notification>(targets.size());
        var sent = new LinkedHashMap<AccountId, MessageId>();
        for (AccountId account : targets) {
            MessageThread thread = MessageThread.start(account, subject, now);
            Message message = thread.write(by, text, draft.attachments(), now);
            threads.add(thread);
            written.add(message);
            raised.add(notification(account, NotificationEvent.MESSAGE_RECEIVED, subject, text, senderName, draft.attachments(), message.id()));
            sent.put(account, message.id());
        }
        messages.add(threads, written, draft.attachments());
        notifications.raise(raised);
        return sent;
    }

    /** The event's parameters as its mail is written from them, the files, and the message as the reference of its deliveries. */
    static Notification notification(AccountId account, NotificationEvent event, MessageSubject subject, MessageText text, String sender,
                                     List<FileAttachment> files, MessageId reference) {
        return new Notification(account, event, Map.of("subject", subject.value(), "text", text.value(), "sender", sender),
                files, Optional.of(reference.value()));
    }
}
