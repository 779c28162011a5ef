package io.portico.application.message;

import io.portico.application.message.port.in.ReplyToThreadCommand;
import io.portico.application.message.port.in.ReplyToThreadUseCase;
import io.portico.application.message.port.out.MessagePort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.message.AttachmentLimits;
import io.portico.domain.message.Message;
import io.portico.domain.message.MessageId;
import io.portico.domain.message.MessageSender;
import io.portico.domain.message.MessageText;
import io.portico.domain.message.MessageThread;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Item 9: a client's reply in a thread of an account they may read; the team hears of it, all in one transaction. */
public final class ReplyToThreadService implements ReplyToThreadUseCase {

    private final MessagePort messages;
    private final PortalReaders readers;
    private final ReplyNotices notices;
    private final AttachmentLimits limits;
    private final Transactions transactions;
    private final Clock clock;

    public ReplyToThreadService(MessagePort messages, PortalReaders readers, ReplyNotices notices,
                                AttachmentLimits limits, Transactions transactions, Clock clock) {
        this.messages = messages;
        this.readers = readers;
        this.notices = notices;
        this.limits = limits;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public MessageId reply(ReplyToThreadCommand command) {
        MessageThread thread = messages.thread(command.thread()).filter(found -> found.account().equals(command.account()))
                .orElseThrow(ReplyToThreadService::notFound);
        PortalUser client = readers.reading(command.client(), command.account()).orElseThrow(ReplyToThreadService::notFound);
        limits.check(command.attachments());
        var text = new MessageText(command.text());
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Message message = thread.write(new MessageSender.Client(client.id()), text, command.attachments(), now);
            messages.add(List.of(), List.of(message), command.attachments());
            notices.clientReplied(thread, client.email(), text, now);
            return message.id();
        });
    }

    private static InvalidInputException notFound() {
        return new InvalidInputException("thread", "message.thread-not-found");
    }
}
