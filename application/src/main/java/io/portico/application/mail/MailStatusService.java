package io.portico.application.mail;

import io.portico.application.mail.port.CapturedMail;
import io.portico.application.mail.port.in.DevMailboxQuery;
import io.portico.application.mail.port.UndeliverableMail;
import io.portico.application.mail.port.in.UndeliverableMailQuery;
import io.portico.application.mail.port.out.CapturedMailPort;
import io.portico.application.mail.port.out.MailOutboxPort;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What admins can see of mail: undeliverable mails, and the development mailbox when it runs. */
public final class MailStatusService implements UndeliverableMailQuery, DevMailboxQuery {

    private final MailOutboxPort outbox;
    private final Optional<CapturedMailPort> devMailbox;

    public MailStatusService(MailOutboxPort outbox, Optional<CapturedMailPort> devMailbox) {
        this.outbox = outbox;
        this.devMailbox = devMailbox;
    }

    @Override
    public List<UndeliverableMail> undeliverable() {
        return outbox.undeliverable(100);
    }

    @Override
    public boolean available() {
        return devMailbox.isPresent();
    }

    @Override
    public List<CapturedMail> messages() {
        return devMailbox.map(CapturedMailPort::all).orElse(List.of()).stream()
                .sorted(Comparator.comparing(CapturedMail::receivedAt).reversed())
                .toList();
    }
}
