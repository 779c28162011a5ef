package io.portico.application.email.port.out;

import io.portico.domain.email.MailMessage;
import io.portico.domain.mailbox.Folder;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.SyncError;
import io.portico.domain.shared.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Item 3: reads a mailbox over IMAP. */
public interface MailboxReaderPort {

    /** Signs in to the mailbox's IMAP server. @throws MailboxUnavailableException when it cannot */
    MailboxConnection open(Mailbox mailbox);

    /** One signed-in session; not shared between threads. Every method may throw {@link MailboxUnavailableException}. */
    interface MailboxConnection extends AutoCloseable {

        /** The folder's UIDVALIDITY and next UID; the sent folder is found by its special use or its usual names. */
        FolderState state(Folder folder);

        /**
         * The messages after {@code afterUid}, in UID order, at most {@code limit} looked at, received on or after
         * {@code since}. Only the messages {@code wanted} picks by their addresses are read whole; the others are
         * only counted. A message that cannot be read is returned with a reason instead, never thrown.
         */
        FetchedBatch fetch(Folder folder, long afterUid, Instant since, int limit, Wanted wanted);

        /** Item 5: the messages received on or after {@code since} with {@code address} in From, To or Cc, read whole. */
        List<FetchedMail> search(Folder folder, EmailAddress address, Instant since);

        /**
         * Waits for new mail in the inbox, by IMAP IDLE where the server has it, else by sleeping.
         * @return true when new mail arrived before the timeout
         */
        boolean awaitNew(Duration timeout);

        @Override
        void close();
    }

    /** Picks, among the looked-at messages, those worth reading whole: given each UID's address lookup keys. */
    @FunctionalInterface
    interface Wanted {
        Set<Long> uids(Map<Long, List<String>> addressKeysByUid);
    }

    record FolderState(long uidValidity, long uidNext) {
    }

    /** @param lastUid the highest UID looked at (the folder's new cursor), or the old cursor when none was */
    record FetchedBatch(List<FetchedMail> kept, int unmatched, long lastUid) {

        public FetchedBatch {
            kept = List.copyOf(kept);
        }
    }

    /** A message read whole, or the reason it could not be (broken MIME, …), logged and skipped by the sync. */
    record FetchedMail(long uid, Optional<MailMessage> message, Optional<String> skipReason) {
    }

    final class MailboxUnavailableException extends RuntimeException {

        private final SyncError reason;

        public MailboxUnavailableException(SyncError reason, String message, Throwable cause) {
            super(message, cause);
            this.reason = reason;
        }

        public SyncError reason() {
            return reason;
        }
    }
}
