package io.portico.application.email;

import io.portico.application.email.port.out.RepliedMessage;
import io.portico.domain.shared.EmailAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Item 7: how an answer to a synced message is addressed and named. */
final class Replies {

    private Replies() {
    }

    /** "Re: " before the subject, unless it already starts so (in any case). */
    static String subject(String subject) {
        String trimmed = subject.strip();
        return trimmed.toLowerCase(Locale.ROOT).startsWith("re:") ? trimmed : ("Re: " + trimmed).strip();
    }

    /** Whom a reply goes to: the sender — or, when the firm sent the message, those it was sent to. */
    static List<EmailAddress> to(RepliedMessage message, Set<String> firmKeys) {
        return firmKeys.contains(message.from().lookupKey()) ? message.to() : List.of(message.from());
    }

    /** Everyone else on the message for a reply to all: its From, To and Cc less the reply's To and the firm's own mailboxes. */
    static List<EmailAddress> copied(RepliedMessage message, List<EmailAddress> to, Set<String> firmKeys) {
        Map<String, EmailAddress> others = new LinkedHashMap<>();
        Stream.of(List.of(message.from()), message.to(), message.cc()).flatMap(List::stream)
                .forEach(address -> others.putIfAbsent(address.lookupKey(), address));
        to.forEach(address -> others.remove(address.lookupKey()));
        firmKeys.forEach(others::remove);
        return new ArrayList<>(others.values());
    }

    /** The References of an answer: the message's own references, then the message itself. */
    static List<String> references(RepliedMessage message) {
        var references = new ArrayList<>(message.references());
        references.add(message.messageId());
        return references;
    }
}
