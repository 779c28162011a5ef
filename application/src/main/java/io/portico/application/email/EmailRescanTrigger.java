package io.portico.application.email;

import io.portico.application.access.AccessEventListener;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.mailbox.port.out.MailboxPort;
import io.portico.domain.account.access.AccessEvent;
import io.portico.domain.account.access.AccessEvent.AddressesChanged;
import io.portico.domain.contact.ContactId;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobType;
import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Item 5: when a contact gains an address, a re-scan job looks for its mail in every mailbox's backfill window —
 * mail the sync passed over while the address was nobody's. Queued in the transaction of the change, by the staff
 * member who made it (who gets its report); with no mailbox there is nothing to look in. A contact linked to
 * several accounts changes once but is heard once per account, at the same instant: one job does for all.
 */
public final class EmailRescanTrigger implements AccessEventListener {

    /** One change of a contact's addresses, as each of its accounts reports it. */
    private record Change(ContactId contact, Instant at, List<EmailAddress> gained) {
    }

    private final JobPort jobs;
    private final MailboxPort mailboxes;
    private final AtomicReference<Change> last = new AtomicReference<>();

    public EmailRescanTrigger(JobPort jobs, MailboxPort mailboxes) {
        this.jobs = jobs;
        this.mailboxes = mailboxes;
    }

    @Override
    public List<AccessEvent> on(AccessEvent event) {
        if (event instanceof AddressesChanged changed && changed.by().staff().isPresent()) {
            List<EmailAddress> gained = gained(changed);
            var change = new Change(changed.contact(), changed.at(), gained);
            int count = gained.isEmpty() || change.equals(last.getAndSet(change)) ? 0 : mailboxes.all().size();
            if (count > 0) {
                jobs.add(Job.queued(JobType.EMAIL_RESCAN, EmailRescanJob.parameters(gained), count, changed.by().staff().get(),
                        changed.at()));
            }
        }
        return List.of();
    }

    private static List<EmailAddress> gained(AddressesChanged changed) {
        Set<String> before = changed.before().stream().map(EmailAddress::lookupKey).collect(Collectors.toSet());
        return changed.after().stream().filter(address -> !before.contains(address.lookupKey())).toList();
    }
}
