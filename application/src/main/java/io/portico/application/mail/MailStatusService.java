package io.portico.application.mail;

import io.portico.application.mail.port.CapturedMail;
import io.portico.application.mail.port.in.DevMailboxQuery;
import io.portico.application.mail.port.UndeliverableMail;
import io.portico.application.mail.port.in.UndeliverableMailQuery;
import io.portico.application.mail.port.out.CapturedMailPort;
import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.mail.port.out.WhoAdministers;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What admins can see of mail: undeliverable mails, and the development mailbox when it runs. */
public final class MailStatusService implements UndeliverableMailQuery, DevMailboxQuery {

    private final MailOutboxPort outbox;
    private final Optional<CapturedMailPort> devMailbox;
    private final WhoAdministers administrators;

    /** @param devMailbox the embedded server's mail, given only in development (issue 10, item 17) */
    public MailStatusService(MailOutboxPort outbox, Optional<CapturedMailPort> devMailbox, WhoAdministers administrators) {
        this.outbox = outbox;
        this.devMailbox = devMailbox;
        this.administrators = administrators;
    }

    @Override
    public List<UndeliverableMail> undeliverable() {
        return outbox.undeliverable(100);
    }

    @Override
    public boolean available() {
        return devMailbox.isPresent();
    }

    /** The mail holds live links: the role is checked on every read, not only when the page opened. */
    @Override
    public List<CapturedMail> messages(StaffId viewer) {
        if (!administrators.administers(viewer)) {
            throw new NotAllowedException("read the dev mailbox");
        }
        return devMailbox.map(CapturedMailPort::all).orElse(List.of()).stream()
                .sorted(Comparator.comparing(CapturedMail::receivedAt).reversed())
                .toList();
    }
}
