package io.portico.application.mailbox;

import io.portico.application.mail.port.out.MailboxEnvelope;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mail.port.out.SendMailPort;
import io.portico.application.mailbox.port.out.MailboxPort;
import io.portico.application.mailbox.port.out.SendThroughMailboxPort;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.MailboxId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Item 7: the sender the mail dispatcher is given. A mail without an envelope goes through the application's own
 * sender as before; a mail with one goes through its mailbox's SMTP server, the mailbox (and its sealed passwords)
 * looked up here, once per mailbox and batch. Routing here, in front of {@link SendMailPort}, keeps the dispatcher
 * unaware of mailboxes and keeps the mail feature free of the mailbox feature.
 */
public final class MailboxSending implements SendMailPort {

    private final SendMailPort applicationSender;
    private final MailboxPort mailboxes;
    private final SendThroughMailboxPort mailboxSender;

    public MailboxSending(SendMailPort applicationSender, MailboxPort mailboxes, SendThroughMailboxPort mailboxSender) {
        this.applicationSender = applicationSender;
        this.mailboxes = mailboxes;
        this.mailboxSender = mailboxSender;
    }

    @Override
    public void send(OutgoingMail mail) {
        RuntimeException failure = sendAll(List.of(mail)).get(0);
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public Map<Integer, RuntimeException> sendAll(List<OutgoingMail> mails) {
        Map<Optional<MailboxId>, List<Integer>> byMailbox = new LinkedHashMap<>();
        for (int i = 0; i < mails.size(); i++) {
            byMailbox.computeIfAbsent(mails.get(i).envelope().map(MailboxEnvelope::mailbox), m -> new ArrayList<>()).add(i);
        }
        Map<Integer, RuntimeException> failed = new HashMap<>();
        byMailbox.forEach((mailbox, positions) -> {
            List<OutgoingMail> group = positions.stream().map(mails::get).toList();
            sendGroup(mailbox, group).forEach((i, failure) -> failed.put(positions.get(i), failure));
        });
        return failed;
    }

    private Map<Integer, RuntimeException> sendGroup(Optional<MailboxId> mailbox, List<OutgoingMail> mails) {
        if (mailbox.isEmpty()) {
            return applicationSender.sendAll(mails);
        }
        Optional<Mailbox> found = mailboxes.find(mailbox.get());
        if (found.isEmpty()) { // removed meanwhile: nothing to send it through
            Map<Integer, RuntimeException> failed = new HashMap<>();
            for (int i = 0; i < mails.size(); i++) {
                failed.put(i, new MailDeliveryException("The mailbox " + mailbox.get().value() + " no longer exists", null));
            }
            return failed;
        }
        return mailboxSender.sendAll(found.get(), mails);
    }
}
