package io.portico.application.job;

import io.portico.domain.job.JobId;
import java.util.List;
import java.util.Objects;

/** An Inbox+ message for a job's starter: a message key, its arguments and the app path "Go to…" opens. */
public record JobNotice(String messageKey, List<String> arguments, String link) {

    public JobNotice {
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(link, "link");
    }

    /** The job's own page under Clients → Jobs, with its report. */
    public static String jobPage(JobId job) {
        return "clients/jobs/" + job.value();
    }
}
