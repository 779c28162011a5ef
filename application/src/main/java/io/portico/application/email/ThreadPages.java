package io.portico.application.email;

import io.portico.application.email.port.EmailThreadPage;
import io.portico.application.email.port.EmailThreadSummary;
import io.portico.application.email.port.ThreadCursor;
import io.portico.application.email.port.in.AccountEmailQuery;
import io.portico.application.email.port.out.EmailReadPort;
import io.portico.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Item 6: one page of a reader's threads, asking for one more to know whether another page follows. */
final class ThreadPages {

    private final EmailReadPort reads;

    ThreadPages(EmailReadPort reads) {
        this.reads = reads;
    }

    static void checkLimit(int limit) {
        if (limit < 1 || limit > AccountEmailQuery.MAX_PAGE) {
            throw new InvalidInputException("limit", "input.out-of-range", 1, AccountEmailQuery.MAX_PAGE);
        }
    }

    EmailThreadPage page(Set<String> addresses, Optional<ThreadCursor> after, int limit) {
        List<EmailThreadSummary> found = reads.threads(addresses, after, limit + 1);
        if (found.size() <= limit) {
            return new EmailThreadPage(found, Optional.empty());
        }
        List<EmailThreadSummary> shown = found.subList(0, limit);
        return new EmailThreadPage(shown, Optional.of(shown.getLast().cursor()));
    }
}
