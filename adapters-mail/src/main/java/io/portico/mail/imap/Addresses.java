package io.portico.mail.imap;

import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The parties of a message; addresses that are not valid email addresses are left out (item 4 matches by them). */
final class Addresses {

    private Addresses() {
    }

    /** From, To and Cc of a message's IMAP ENVELOPE (parsed by the server) as lookup keys, From first, distinct. */
    static List<String> envelopeKeys(Message message) throws MessagingException {
        Set<String> keys = new LinkedHashSet<>();
        Stream.of(message.getFrom(), message.getRecipients(Message.RecipientType.TO), message.getRecipients(Message.RecipientType.CC))
                .forEach(addresses -> valid(addresses).forEach(address -> keys.add(address.lookupKey())));
        return List.copyOf(keys);
    }

    /** The parsed addresses of a header, leniently: a header that does not parse at all gives none. */
    static List<InternetAddress> header(Part part, String name) throws MessagingException {
        String raw = Headers.joined(part, name, ",");
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        try {
            return List.of(InternetAddress.parseHeader(raw, false));
        } catch (AddressException e) {
            return List.of();
        }
    }

    static List<EmailAddress> valid(List<InternetAddress> addresses) {
        return valid(addresses.toArray(Address[]::new));
    }

    static Optional<EmailAddress> valid(InternetAddress address) {
        if (address.getAddress() == null || address.isGroup()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new EmailAddress(address.getAddress()));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private static List<EmailAddress> valid(Address[] addresses) {
        List<EmailAddress> valid = new ArrayList<>();
        if (addresses != null) {
            for (Address address : addresses) {
                if (address instanceof InternetAddress internet) {
                    valid(internet).filter(a -> !valid.contains(a)).ifPresent(valid::add);
                }
            }
        }
        return valid;
    }
}
