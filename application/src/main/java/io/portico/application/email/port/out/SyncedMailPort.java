package io.portico.application.email.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What newly stored mail brings with it, set-based in the caller's transaction. */
public interface SyncedMailPort {

    /**
     * Item 8: for each message sent on or after {@code from} whose sender is no firm mailbox, one Inbox+ notice per
     * member of the team of each account with the sender among its EMAIL SYNC addresses, save members who muted them.
     * @return how many notices were raised
     */
    int raiseNotices(List<UUID> messages, Instant from, Instant now);

    /**
     * Item 9: when the firm saves attachments, the kept attachments of those messages sent since it does become
     * documents of each account with an address of the message among its EMAIL SYNC addresses, once each.
     * @return how many documents were saved
     */
    int saveAttachments(List<UUID> messages, Instant now);
}
