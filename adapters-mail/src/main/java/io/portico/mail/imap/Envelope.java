package io.portico.mail.imap;

import io.portico.application.shared.LogText;
import io.portico.domain.shared.EmailAddress;
import jakarta.mail.FetchProfile;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a fetch decides by before reading a message whole: when the server received it (INTERNALDATE) and the
 * lookup keys of its From, To and Cc addresses, From first, distinct. Taken from the IMAP ENVELOPE fetched for the
 * whole batch; when a server could not give a message's ENVELOPE (GreenMail cannot, for an unparseable address),
 * from its date and address headers, fetched for that message alone; when it cannot give those either, none:
 * the message is then passed over (logged), never a reason to stop the mailbox.
 */
record Envelope(Optional<Instant> received, List<String> addressKeys) {

    private static final Logger LOG = LoggerFactory.getLogger(Envelope.class);
    private static final List<String> PARTIES = List.of("From", "To", "Cc");

    /** Fetches the envelopes (with INTERNALDATE, size and UID) of these messages in one FETCH, where not loaded yet. */
    static void fetch(IMAPFolder folder, Message[] messages) throws MessagingException {
        FetchProfile envelopes = new FetchProfile();
        envelopes.add(FetchProfile.Item.ENVELOPE);
        envelopes.add(UIDFolder.FetchProfileItem.UID);
        try {
            folder.fetch(messages, envelopes);
        } catch (FolderClosedException | StoreClosedException e) {
            throw e;
        } catch (MessagingException e) {
            // The server refused the batch: each message's envelope is then asked for on its own, by of().
            LOG.debug("Fetching {} envelopes of {} failed: {}", messages.length, folder.getFullName(), LogText.redacted(e.getMessage()));
        }
    }

    static Envelope of(IMAPFolder folder, Message message) throws MessagingException {
        try {
            return new Envelope(received(message), Addresses.envelopeKeys(message));
        } catch (FolderClosedException | StoreClosedException e) {
            throw e;
        } catch (MessagingException e) {
            return fromHeaders(folder, message);
        }
    }

    private static Envelope fromHeaders(IMAPFolder folder, Message message) throws MessagingException {
        try {
            folder.fetch(new Message[] {message}, headersProfile());
            List<String> keys = new ArrayList<>();
            for (String header : PARTIES) {
                for (InternetAddress address : Addresses.header(message, header)) {
                    Addresses.valid(address).map(EmailAddress::lookupKey).filter(key -> !keys.contains(key)).ifPresent(keys::add);
                }
            }
            return new Envelope(received(message), keys);
        } catch (FolderClosedException | StoreClosedException e) {
            throw e;
        } catch (MessagingException e) {
            // Never stop the mailbox for one message the server cannot describe: the cursor passes it.
            LOG.warn("Passed over message number {} in {}: the server gave neither its envelope nor its headers ({})",
                    message.getMessageNumber(), folder.getFullName(), LogText.redacted(e.getMessage()));
            return new Envelope(Optional.empty(), List.of());
        }
    }

    /** Received before {@code since}: outside the sync window. */
    boolean before(Instant since) {
        return received.isPresent() && received.get().isBefore(since);
    }

    private static Optional<Instant> received(Message message) throws MessagingException {
        return Optional.ofNullable(message.getReceivedDate()).map(Date::toInstant);
    }

    private static FetchProfile headersProfile() {
        FetchProfile profile = new FetchProfile();
        profile.add(IMAPFolder.FetchProfileItem.INTERNALDATE);
        profile.add(FetchProfile.Item.SIZE);
        PARTIES.forEach(profile::add);
        return profile;
    }
}
