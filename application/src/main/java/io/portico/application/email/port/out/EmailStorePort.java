package io.portico.application.email.port.out;

import io.portico.domain.email.MailMessage;
import io.portico.domain.mailbox.MailboxId;
import java.time.Instant;
import java.util.List;

/**
 * Item 4: keeps messages once by Message-ID and threads them (References / In-Reply-To, then the normalised
 * subject among threads sharing an address). Joins the caller's transaction.
 */
public interface EmailStorePort {

    /** @return the ids of the messages newly stored, in order; a Message-ID already kept is skipped */
    List<java.util.UUID> storeAll(MailboxId mailbox, List<MailMessage> messages, Instant now);
}
