package io.portico.mail.imap;

import jakarta.mail.FetchProfile;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;
import jakarta.mail.internet.InternetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * What a fetch decides by before reading a message whole: when the server received it (INTERNALDATE) and the
 * lookup keys of its From, To and Cc addresses, From first, distinct. Taken from the IMAP ENVELOPE fetched for the
 * whole batch; when a server could not give a message's ENVELOPE (GreenMail cannot, for an unparseable address),
 * from its date and address headers, fetched for that message alone.
 */
record Envelope(Optional<Instant> received, List<String> addressKeys) {

    private static final List<String> PARTIES = List.of("From", "To", "Cc");

    static Envelope of(IMAPFolder folder, Message message) throws MessagingException {
        try {
            return new Envelope(received(message), Addresses.envelopeKeys(message));
        } catch (FolderClosedException | StoreClosedException e) {
            throw e;
        } catch (MessagingException e) {
            folder.fetch(new Message[] {message}, headersProfile());
            List<String> keys = new ArrayList<>();
            for (String header : PARTIES) {
                for (InternetAddress address : Addresses.header(message, header)) {
                    Addresses.valid(address).map(a -> a.lookupKey()).filter(key -> !keys.contains(key)).ifPresent(keys::add);
                }
            }
            return new Envelope(received(message), keys);
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
