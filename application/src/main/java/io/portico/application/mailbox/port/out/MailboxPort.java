package io.portico.application.mailbox.port.out;

import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.MailboxId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** D1: the firm's mailboxes, their passwords sealed at rest by the store and opened only for this port's callers. */
public interface MailboxPort {

    /** @throws io.portico.domain.shared.InvalidInputException on "mailboxAddress" ("mailbox.address-taken") for an address a mailbox has, whatever its capitals */
    void add(Mailbox mailbox, Instant at);

    /**
     * Stores the mailbox's name, address and servers (passwords included) as given.
     *
     * @throws io.portico.domain.shared.InvalidInputException like {@link #add}, and on "mailbox" ("mailbox.not-found")
     *         when it no longer exists
     */
    void update(Mailbox mailbox);

    /**
     * Removes the mailbox, unless the outbox still has mail to send through it; mail already sent or given up on
     * forgets the mailbox. An unknown id changes nothing.
     *
     * @throws io.portico.domain.shared.InvalidInputException on "mailbox" ("mailbox.unsent-mail") while mail waits
     */
    void remove(MailboxId id);

    Optional<Mailbox> find(MailboxId id);

    /** Every mailbox, by name. */
    List<Mailbox> all();
}
