package io.portico.application.mailbox;

import io.portico.application.mail.InMemoryMailOutbox;
import io.portico.application.mail.port.out.MailboxEnvelope;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mailbox.port.out.MailboxHealthPort;
import io.portico.application.mailbox.port.out.MailboxPort;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.shared.EmailAddress;
import java.util.List;
import java.util.Optional;

class InMemoryMailboxesTest extends MailboxPortContract {

    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final InMemoryMailboxes mailboxes = new InMemoryMailboxes(outbox::hasUnsent);

    @Override
    protected MailboxPort mailboxes() {
        return mailboxes;
    }

    @Override
    protected MailboxHealthPort health() {
        return mailboxes;
    }

    @Override
    protected void queueUnsentMailThrough(MailboxId mailbox) {
        outbox.enqueue(new OutgoingMail(new EmailAddress("client@client.example"), "Re: papers", "<p>Hi</p>", "Hi")
                .withEnvelope(new MailboxEnvelope(mailbox, "<1@studio.example>", Optional.empty(), List.of(), List.of())), now);
    }

    @Override
    protected void sendAllQueued() {
        outbox.claimDue(now.plusSeconds(1), 100).forEach(q -> outbox.markSent(q.id(), now));
    }
}
