package io.portico.application.message;

import io.portico.application.message.port.in.AnswerThreadCommand;
import io.portico.application.message.port.in.AnswerThreadUseCase;
import io.portico.application.message.port.out.MessagePort;
import io.portico.application.notification.port.in.RaiseNotificationUseCase;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.message.AttachmentLimits;
import io.portico.domain.message.Message;
import io.portico.domain.message.MessageId;
import io.portico.domain.message.MessageSender;
import io.portico.domain.message.MessageText;
import io.portico.domain.message.MessageThread;
import io.portico.domain.notification.NotificationEvent;
import io.portico.domain.shared.InvalidInputException;
import java.time.Clock;
import java.util.List;

/** Item 9: a staff member answers in a thread; the account's NOTIFY addresses get THREAD_REPLY, in the same transaction. */
public final class AnswerThreadService implements AnswerThreadUseCase {

    private final MessagePort messages;
    private final MessageSenders senders;
    private final RaiseNotificationUseCase notifications;
    private final AttachmentLimits limits;
    private final Transactions transactions;
    private final Clock clock;

    public AnswerThreadService(MessagePort messages, MessageSenders senders, RaiseNotificationUseCase notifications,
                               AttachmentLimits limits, Transactions transactions, Clock clock) {
        this.messages = messages;
        this.senders = senders;
        this.notifications = notifications;
        this.limits = limits;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public MessageId answer(AnswerThreadCommand command) {
        MessageThread thread = messages.thread(command.thread())
                .filter(found -> senders.maySee(command.by(), found.account()))
                .orElseThrow(() -> new InvalidInputException("thread", "message.thread-not-found"));
        limits.check(command.attachments());
        var text = new MessageText(command.text());
        String sender = senders.name(command.by());
        return transactions.inTransaction(() -> {
            Message message = thread.write(new MessageSender.Staff(command.by()), text, command.attachments(), clock.instant());
            messages.add(List.of(), List.of(message), command.attachments());
            notifications.raise(SendMessageService.notification(thread.account(), NotificationEvent.THREAD_REPLY, thread.subject(), text,
                    sender, command.attachments(), message.id()));
            return message.id();
        });
    }
}
