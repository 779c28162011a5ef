package io.portico.application.mailbox.port.out;

import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.MailboxId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** D1: the firm's mailboxes, their passwords sealed at rest by the store and opened only for this port's callers. */
public interface MailboxPort {

    void add(Mailbox mailbox, Instant at);

    Optional<Mailbox> find(MailboxId id);

    /** Every mailbox, by name. */
    List<Mailbox> all();
}
