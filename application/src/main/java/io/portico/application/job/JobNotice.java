package io.portico.application.job;

import java.util.List;
import java.util.Objects;

/** An Inbox+ message for a job's starter: a message key, its arguments and the app path "Go to…" opens. */
public record JobNotice(String messageKey, List<String> arguments, String link) {

    public JobNotice {
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(link, "link");
    }
}
