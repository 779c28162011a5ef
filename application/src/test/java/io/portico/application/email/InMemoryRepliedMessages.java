package io.portico.application.email;

import io.portico.application.email.port.out.RepliedMessage;
import io.portico.application.email.port.out.RepliedMessagePort;
import io.portico.domain.email.MailMessage;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Synced messages by their id in the store, found as the database finds them: through one of their addresses. */
public final class InMemoryRepliedMessages implements RepliedMessagePort {

    private final Map<UUID, MailMessage> messages = new ConcurrentHashMap<>();

    /** @return the message's id in the store */
    public UUID add(MailMessage message) {
        var id = UUID.randomUUID();
        messages.put(id, message);
        return id;
    }

    @Override
    public Optional<RepliedMessage> find(UUID message, Set<String> addressKeys) {
        return Optional.ofNullable(messages.get(message))
                .filter(found -> found.addressKeys().stream().anyMatch(addressKeys::contains))
                .map(found -> new RepliedMessage(found.messageId(), found.references(), found.subject(), found.from(), found.to(), found.cc()));
    }
}
