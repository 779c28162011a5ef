package io.portico.application.email;

import io.portico.application.email.port.out.EmailStorePort;
import io.portico.domain.email.MailMessage;
import io.portico.domain.mailbox.MailboxId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Records what was handed to the store, each message with the mailbox it came by; a Message-ID already kept is skipped. */
public final class RecordingEmailStore implements EmailStorePort {

    public record Stored(UUID id, MailboxId mailbox, MailMessage message, Instant at) {
    }

    public final List<Stored> stored = new ArrayList<>();

    @Override
    public synchronized List<UUID> storeAll(MailboxId mailbox, List<MailMessage> messages, Instant now) {
        var ids = new ArrayList<UUID>();
        for (MailMessage message : messages) {
            if (stored.stream().noneMatch(kept -> kept.message().messageId().equals(message.messageId()))) {
                var id = UUID.randomUUID();
                stored.add(new Stored(id, mailbox, message, now));
                ids.add(id);
            }
        }
        return ids;
    }
}
