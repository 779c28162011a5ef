package io.portico.application.email.port;

import java.util.List;
import java.util.Optional;

/** Item 6: a page of threads, newest first, and where the next one starts (none after the last page). */
public record EmailThreadPage(List<EmailThreadSummary> threads, Optional<ThreadCursor> next) {

    public EmailThreadPage {
        threads = List.copyOf(threads);
        java.util.Objects.requireNonNull(next, "next");
    }
}
