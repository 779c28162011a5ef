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
import jakarta.mail.FetchProfile;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * Fetching a batch costs three round trips whatever its size: the UIDs after the cursor, the envelopes of the
 * batch, and the wanted messages whole (in size-bounded chunks, see {@link WholeMessages}).
 */
final class ImapConnection implements MailboxConnection {

    private static final FetchProfile ENVELOPES = profile(FetchProfile.Item.ENVELOPE, UIDFolder.FetchProfileItem.UID);

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
        return call(folder, () -> {
            IMAPFolder imap = open(folder);
            List<Message> after = after(imap, afterUid);
            if (folder == Folder.INBOX) {
                inboxWatch.seen(after.isEmpty() ? afterUid : imap.getUID(after.getLast()));
            }
            List<Message> batch = after.subList(0, Math.min(limit, after.size()));
            if (batch.isEmpty()) {
                return new FetchedBatch(List.of(), 0, afterUid);
            }
            imap.fetch(batch.toArray(Message[]::new), ENVELOPES);
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
            return new FetchedBatch(kept, inWindow.size() - toRead.size(), imap.getUID(batch.getLast()));
        });
    }

    @Override
    public List<FetchedMail> search(Folder folder, EmailAddress address, Instant since) {
        return call(folder, () -> {
            IMAPFolder imap = open(folder);
            Message[] found = imap.search(Folders.exchangedWith(address, since));
            imap.fetch(found, ENVELOPES);
            // IMAP SEARCH matches substrings and whole days: keep only the exact address, from the exact instant.
            Map<Long, Message> matching = new TreeMap<>();
            for (Message message : found) {
                Envelope envelope = Envelope.of(imap, message);
                if (!envelope.before(since) && envelope.addressKeys().contains(address.lookupKey())) {
                    matching.put(imap.getUID(message), message);
                }
            }
            return wholeMessages.read(imap, List.copyOf(matching.values()));
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

    /** The messages after the cursor, in UID order; "n:*" also answers the last message when n is past it. */
    private static List<Message> after(IMAPFolder imap, long afterUid) throws MessagingException {
        List<Message> after = new ArrayList<>();
        for (Message message : imap.getMessagesByUID(afterUid + 1, UIDFolder.MAXUID)) {
            if (imap.getUID(message) > afterUid) {
                after.add(message);
            }
        }
        return after;
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

    private static FetchProfile profile(FetchProfile.Item item, UIDFolder.FetchProfileItem uid) {
        FetchProfile profile = new FetchProfile();
        profile.add(item);
        profile.add(uid);
        return profile;
    }

    @FunctionalInterface
    private interface ImapAction<T> {
        T run() throws MessagingException;
    }
}
