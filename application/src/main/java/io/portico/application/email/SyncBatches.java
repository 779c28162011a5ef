package io.portico.application.email;

import io.portico.application.email.port.out.EmailStorePort;
import io.portico.application.email.port.out.FolderCursorPort;
import io.portico.application.email.port.out.KnownAddressesPort;
import io.portico.application.email.port.out.MailboxReaderPort.FetchedBatch;
import io.portico.application.email.port.out.MailboxReaderPort.FetchedMail;
import io.portico.application.email.port.out.MailboxReaderPort.Wanted;
import io.portico.application.email.port.out.SyncedMailPort;
import io.portico.application.mailbox.port.out.MailboxHealthPort;
import io.portico.application.shared.LogText;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.email.FolderCursor;
import io.portico.domain.email.MailMessage;
import io.portico.domain.mailbox.Folder;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.mailbox.SyncError;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Items 3, 4, 8, 9: what is kept of the mail read from a mailbox. A batch is one transaction — its messages, the
 * folder's cursor, the health counts, the notices and the saved documents — so a sync that stops anywhere resumes
 * after the last batch it kept, with nothing twice.
 */
public final class SyncBatches {

    private static final System.Logger LOG = System.getLogger(SyncBatches.class.getName());

    private final EmailStorePort store;
    private final FolderCursorPort cursors;
    private final MailboxHealthPort health;
    private final SyncedMailPort synced;
    private final KnownAddressesPort addresses;
    private final Transactions transactions;

    public SyncBatches(EmailStorePort store, FolderCursorPort cursors, MailboxHealthPort health, SyncedMailPort synced,
                       KnownAddressesPort addresses, Transactions transactions) {
        this.store = store;
        this.cursors = cursors;
        this.health = health;
        this.synced = synced;
        this.addresses = addresses;
        this.transactions = transactions;
    }

    /** Item 4: the messages with an address of a contact in the CRM; one query per batch. */
    Wanted wanted() {
        return keysByUid -> {
            Set<String> all = keysByUid.values().stream().flatMap(List::stream).collect(Collectors.toSet());
            Set<String> known = all.isEmpty() ? Set.of() : addresses.known(all);
            return keysByUid.entrySet().stream().filter(uid -> uid.getValue().stream().anyMatch(known::contains))
                    .map(Map.Entry::getKey).collect(Collectors.toCollection(HashSet::new));
        };
    }

    Optional<FolderCursor> cursor(MailboxId mailbox, Folder folder) {
        return cursors.cursor(mailbox, folder);
    }

    /** Keeps a fetched batch; new mail in the inbox sent since {@code noticesFrom} raises notices. */
    void keep(MailboxId mailbox, Folder folder, FetchedBatch batch, FolderCursor cursor, Instant noticesFrom, Instant now) {
        List<MailMessage> messages = readable(mailbox, batch.kept());
        transactions.inTransaction(() -> {
            List<UUID> stored = store.storeAll(mailbox, messages, now);
            cursors.save(mailbox, folder, cursor);
            health.synced(mailbox, now, messages.size(), batch.unmatched());
            if (folder == Folder.INBOX) {
                synced.raiseNotices(stored, noticesFrom, now);
            }
            synced.saveAttachments(stored, now);
        });
    }

    /** Item 5: keeps what a re-scan found, in the caller's transaction; a re-scan raises no notices. */
    int keepFound(MailboxId mailbox, List<FetchedMail> found, Instant now) {
        List<UUID> stored = store.storeAll(mailbox, readable(mailbox, found), now);
        synced.saveAttachments(stored, now);
        return stored.size();
    }

    void reached(MailboxId mailbox, Instant at) {
        transactions.inTransaction(() -> health.synced(mailbox, at, 0, 0));
    }

    void failed(MailboxId mailbox, Instant at, SyncError error) {
        transactions.inTransaction(() -> health.failed(mailbox, at, error));
    }

    /** A message that could not be read is passed over with its reason (never its body), and the sync goes on. */
    private static List<MailMessage> readable(MailboxId mailbox, List<FetchedMail> fetched) {
        fetched.stream().filter(mail -> mail.message().isEmpty()).forEach(mail -> LOG.log(Level.WARNING,
                "Mailbox {0}: message UID {1} skipped: {2}", mailbox.value(), mail.uid(), LogText.redacted(mail.skipReason().orElse("unreadable"))));
        return fetched.stream().flatMap(mail -> mail.message().stream()).toList();
    }
}
