package io.portico.mail.imap;

import io.portico.application.email.port.out.MailboxReaderPort.FetchedMail;
import io.portico.application.shared.LogText;
import jakarta.mail.FetchProfile;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads messages whole. Messages up to 4 MB come in one FETCH per 32 MB (a round trip per message would cap the
 * sync far below 200 messages a second); larger ones are read part by part, so that an attachment over the size
 * cap is only counted, never held in memory. A message that cannot be parsed is returned with the reason and
 * logged without its content; a lost connection is thrown, so that the sync retries instead of skipping mail.
 */
final class WholeMessages {

    private static final Logger LOG = LoggerFactory.getLogger(WholeMessages.class);
    private static final long PREFETCH_MESSAGE_MAX = 4L * 1024 * 1024;
    private static final long PREFETCH_CHUNK_MAX = 32L * 1024 * 1024;
    private static final int REASON_MAX = 200;

    private final MailParser parser;

    WholeMessages(MailParser parser) {
        this.parser = parser;
    }

    /** @param messages messages of {@code folder} whose envelopes (with size and UID) were fetched */
    List<FetchedMail> read(IMAPFolder folder, List<Message> messages) throws MessagingException {
        List<FetchedMail> read = new ArrayList<>(messages.size());
        for (List<Message> chunk : chunks(messages)) {
            fetchWhole(folder, chunk);
            for (Message message : chunk) {
                read.add(readOne(folder, message));
            }
            // What Angus holds of a chunk goes before the next one comes.
            Folders.release(chunk.toArray(Message[]::new));
        }
        return read;
    }

    /** Consecutive messages up to 32 MB together; a message over 4 MB alone, to be read part by part. */
    private static List<List<Message>> chunks(List<Message> messages) throws MessagingException {
        List<List<Message>> chunks = new ArrayList<>();
        List<Message> chunk = new ArrayList<>();
        long chunkBytes = 0;
        for (Message message : messages) {
            long size = message.getSize();
            boolean alone = !prefetched(message);
            if (!chunk.isEmpty() && (alone || chunkBytes + size > PREFETCH_CHUNK_MAX)) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                chunkBytes = 0;
            }
            if (alone) {
                chunks.add(List.of(message));
            } else {
                chunk.add(message);
                chunkBytes += size;
            }
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }

    private static boolean prefetched(Message message) throws MessagingException {
        long size = message.getSize();
        return size >= 0 && size <= PREFETCH_MESSAGE_MAX;
    }

    private static void fetchWhole(IMAPFolder folder, List<Message> chunk) throws MessagingException {
        if (!prefetched(chunk.getFirst())) {
            return; // a chunk of one large message
        }
        FetchProfile whole = new FetchProfile();
        whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
        try {
            folder.fetch(chunk.toArray(Message[]::new), whole);
        } catch (FolderClosedException | StoreClosedException e) {
            throw e;
        } catch (MessagingException e) {
            // Each message of the chunk is then read on its own, where a broken one is skipped alone.
            LOG.debug("Prefetching {} messages of {} failed: {}", chunk.size(), folder.getFullName(), LogText.redacted(e.getMessage()));
        }
    }

    private FetchedMail readOne(IMAPFolder folder, Message message) throws MessagingException {
        long uid = folder.getUID(message);
        try {
            return new FetchedMail(uid, Optional.of(parser.parse(message)), Optional.empty());
        } catch (FolderClosedException | StoreClosedException e) {
            throw e;
        } catch (MessageRemovedException e) {
            return skipped(folder, uid, "removed from the server while it was read");
        } catch (UnreadableMessageException e) {
            return skipped(folder, uid, e.getMessage());
        } catch (IOException e) {
            rethrowLostConnection(e);
            return skipped(folder, uid, "broken MIME: " + describe(e));
        } catch (MessagingException | RuntimeException e) {
            return skipped(folder, uid, "broken MIME: " + describe(e));
        }
    }

    // Angus reports a connection lost while a part streams in as an IOException caused by FolderClosedException.
    private static void rethrowLostConnection(IOException e) throws MessagingException {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof FolderClosedException || cause instanceof StoreClosedException) {
                throw (MessagingException) cause;
            }
        }
    }

    private static FetchedMail skipped(IMAPFolder folder, long uid, String reason) {
        LOG.warn("Skipped message UID {} in {}: {}", uid, folder.getFullName(), LogText.redacted(reason));
        return new FetchedMail(uid, Optional.empty(), Optional.of(reason));
    }

    private static String describe(Exception e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ").strip();
        return text.length() <= REASON_MAX ? text : text.substring(0, REASON_MAX) + "…";
    }
}
