package io.portico.mail.imap;

import io.portico.application.email.port.out.MailboxReaderPort.FetchedBatch;
import io.portico.application.email.port.out.MailboxReaderPort.FetchedMail;
import io.portico.application.email.port.out.MailboxReaderPort.FolderState;
import io.portico.application.email.port.out.MailboxReaderPort.MailboxConnection;
import io.portico.application.email.port.out.MailboxReaderPort.MailboxUnavailableException;
import io.portico.application.email.port.out.MailboxReaderPort.Wanted;
import io.portico.domain.mailbox.Folder;
import io.portico.domain.mailbox.SyncError;
import io.portico.domain.shared.EmailAddress;
import io.portico.mail.connect.ServerFailures;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.protocol.Status;

/**
 * One signed-in IMAP session: the inbox and the sent folder are opened read-only on first use and kept open.
 * A batch costs few FETCH commands whatever its size — the envelopes (for 5,000 messages ahead at a time) and the
 * wanted messages whole (in size-bounded chunks, see {@link WholeMessages}) — since each command is a round trip,
 * and GreenMail's FETCH even scans the whole folder once per message it holds. Messages are addressed by sequence
 * number from the cursor's message, which Angus knows from the previous batch. What a batch read is released after
 * it, so a long sync does not keep every message in memory.
 */
final class ImapConnection implements MailboxConnection {

    // Envelopes come for a window ahead too: the next batches find theirs loaded and cost no FETCH.
    private static final int ENVELOPE_WINDOW = 5000;

    private final IMAPStore store;
    private final WholeMessages wholeMessages;
    private final InboxWatch inboxWatch;
    private final Map<Folder, IMAPFolder> opened = new EnumMap<>(Folder.class);
    private String sentFolderName;

    ImapConnection(IMAPStore store, ImapSettings settings) {
        this.store = store;
        this.wholeMessages = new WholeMessages(new MailParser(settings.maxAttachmentBytes()));
        this.inboxWatch = new InboxWatch(store, settings.readTimeout());
    }

    @Override
    public FolderState state(Folder folder) {
        return call(folder, () -> {
            IMAPFolder closed = locate(folder);
            Status status = (Status) closed.doCommand(p -> p.status(closed.getFullName(), new String[] {"UIDVALIDITY", "UIDNEXT"}));
            IMAPFolder open = opened.get(folder);
            if (open != null && open.isOpen() && open.getUIDValidity() != status.uidvalidity) {
                // The folder was replaced on the server: the open one shows the old folder's messages.
                Folders.closeQuietly(opened.remove(folder));
            }
            return new FolderState(status.uidvalidity, status.uidnext);
        });
    }

    @Override
    public FetchedBatch fetch(Folder folder, long afterUid, Instant since, int limit, Wanted wanted) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return call(folder, () -> {
            IMAPFolder imap = open(folder);
            int total = imap.getMessageCount();
            if (folder == Folder.INBOX) {
                inboxWatch.seen(total);
            }
            int first = firstAfter(imap, afterUid, total);
            if (first > total) {
                return new FetchedBatch(List.of(), 0, afterUid);
            }
            Message[] batch = imap.getMessages(first, (int) Math.min(total, (long) first + limit - 1));
            Envelope.fetch(imap, imap.getMessages(first, (int) Math.min(total, (long) first + Math.max(limit, ENVELOPE_WINDOW) - 1)));
            try {
                return read(imap, batch, since, wanted);
            } finally {
                Folders.release(batch);
            }
        });
    }

    private FetchedBatch read(IMAPFolder imap, Message[] batch, Instant since, Wanted wanted) throws MessagingException {
        Map<Long, Message> inWindow = new LinkedHashMap<>();
        Map<Long, List<String>> keys = new LinkedHashMap<>();
        for (Message message : batch) {
            Envelope envelope = Envelope.of(imap, message);
            if (!envelope.before(since)) {
                long uid = imap.getUID(message);
                inWindow.put(uid, message);
                keys.put(uid, envelope.addressKeys());
            }
        }
        Set<Long> picked = wanted.uids(Collections.unmodifiableMap(keys));
        List<Message> toRead = inWindow.entrySet().stream().filter(e -> picked.contains(e.getKey())).map(Map.Entry::getValue).toList();
        List<FetchedMail> kept = wholeMessages.read(imap, toRead);
        return new FetchedBatch(kept, inWindow.size() - toRead.size(), imap.getUID(batch[batch.length - 1]));
    }

    /**
     * The sequence number of the first message after the cursor (total + 1 when there is none). Where the last batch
     * ended, Angus knows the cursor's message and this costs no round trip; else one UID FETCH finds it.
     */
    private static int firstAfter(IMAPFolder imap, long afterUid, int total) throws MessagingException {
        if (afterUid <= 0 || total == 0) {
            return 1;
        }
        Message cursor = imap.getMessageByUID(afterUid);
        if (cursor != null && !cursor.isExpunged()) {
            return cursor.getMessageNumber() + 1;
        }
        // The cursor's message is gone; "n:*" also answers the last message when n is past it.
        for (Message message : imap.getMessagesByUID(afterUid + 1, UIDFolder.MAXUID)) {
            if (imap.getUID(message) > afterUid) {
                return message.getMessageNumber();
            }
        }
        return total + 1;
    }

    @Override
    public List<FetchedMail> search(Folder folder, EmailAddress address, Instant since) {
        return call(folder, () -> {
            IMAPFolder imap = open(folder);
            Message[] found = imap.search(Folders.exchangedWith(address, since));
            Envelope.fetch(imap, found);
            // IMAP SEARCH matches substrings and whole days: keep only the exact address, from the exact instant.
            Map<Long, Message> matching = new TreeMap<>();
            for (Message message : found) {
                Envelope envelope = Envelope.of(imap, message);
                if (!envelope.before(since) && envelope.addressKeys().contains(address.lookupKey())) {
                    matching.put(imap.getUID(message), message);
                }
            }
            try {
                return wholeMessages.read(imap, List.copyOf(matching.values()));
            } finally {
                Folders.release(found);
            }
        });
    }

    @Override
    public boolean awaitNew(Duration timeout) {
        return call(Folder.INBOX, () -> inboxWatch.awaitNew(open(Folder.INBOX), timeout));
    }

    @Override
    public void close() {
        opened.values().forEach(Folders::closeQuietly);
        opened.clear();
        Folders.closeQuietly(store);
    }

    private IMAPFolder open(Folder folder) throws MessagingException {
        IMAPFolder imap = opened.get(folder);
        if (imap == null || !imap.isOpen()) {
            imap = locate(folder);
            imap.open(jakarta.mail.Folder.READ_ONLY);
            opened.put(folder, imap);
        }
        return imap;
    }

    private IMAPFolder locate(Folder folder) throws MessagingException {
        return switch (folder) {
            case INBOX -> (IMAPFolder) store.getFolder("INBOX");
            case SENT -> (IMAPFolder) store.getFolder(sentFolderName());
        };
    }

    private String sentFolderName() throws MessagingException {
        if (sentFolderName == null) {
            sentFolderName = SentFolder.find(store).orElseThrow(FolderNotFoundException::new);
        }
        return sentFolderName;
    }

    private static <T> T call(Folder folder, ImapAction<T> action) {
        try {
            return action.run();
        } catch (FolderNotFoundException e) {
            throw new MailboxUnavailableException(SyncError.FOLDER_MISSING, "The mailbox has no " + folder + " folder", e);
        } catch (MessagingException e) {
            throw new MailboxUnavailableException(ServerFailures.classify(e), "IMAP failed on " + folder + ": " + e.getMessage(), e);
        } catch (IllegalStateException e) { // Angus: the store or folder is no longer connected
            throw new MailboxUnavailableException(SyncError.OTHER, "IMAP failed on " + folder + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface ImapAction<T> {
        T run() throws MessagingException;
    }
}
