package io.portico.application.notification.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.notification.NotificationEvent;
import io.portico.domain.shared.FileAttachment;
import io.portico.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * C5: one event for one account, raised by any feature or module: the event's parameters (each one it
 * names), files to attach to its mails, and an optional reference (e.g. a message's id) under which its
 * deliveries can be looked up.
 */
public record Notification(AccountId account, NotificationEvent event, Map<String, String> parameters,
                           List<FileAttachment> attachments, Optional<UUID> reference) {

    public Notification {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(event, "event");
        parameters = Map.copyOf(parameters);
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(reference, "reference");
        for (String name : event.parameters()) {
            if (!parameters.containsKey(name)) {
                throw new InvalidInputException(name, "notification.parameter-missing", name);
            }
        }
    }

    public Notification(AccountId account, NotificationEvent event, Map<String, String> parameters) {
        this(account, event, parameters, List.of(), Optional.empty());
    }
}
