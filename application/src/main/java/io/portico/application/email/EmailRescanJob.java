package io.portico.application.email;

import io.portico.application.email.port.out.MailboxReaderPort;
import io.portico.application.email.port.out.MailboxReaderPort.MailboxConnection;
import io.portico.application.job.JobKind;
import io.portico.application.job.JobNotice;
import io.portico.application.mailbox.port.out.MailboxPort;
import io.portico.domain.job.ChunkOutcome;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobParameters;
import io.portico.domain.job.JobReport;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;
import io.portico.domain.mailbox.Folder;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.shared.EmailAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Item 5: a contact's new addresses looked for in the backfill window of every mailbox, one mailbox per chunk
 * (its inbox and sent folder); what is found is stored as the sync stores it (once by Message-ID), without
 * notices. The cursor is the number of mailboxes done, in the order of {@link MailboxPort#all()}.
 */
public final class EmailRescanJob implements JobKind {

    static final String ADDRESSES = "addresses";

    private final MailboxPort mailboxes;
    private final MailboxReaderPort reader;
    private final SyncBatches batches;
    private final EmailSyncSettings settings;
    private final Clock clock;

    public EmailRescanJob(MailboxPort mailboxes, MailboxReaderPort reader, SyncBatches batches, EmailSyncSettings settings,
                          Clock clock) {
        this.mailboxes = mailboxes;
        this.reader = reader;
        this.batches = batches;
        this.settings = settings;
        this.clock = clock;
    }

    static JobParameters parameters(List<EmailAddress> addresses) {
        List<String> values = addresses.stream().map(EmailAddress::value).toList();
        return new JobParameters(Map.of(ADDRESSES, JobParameters.joined(values), JobParameters.NAME, String.join(", ", values)));
    }

    @Override
    public JobType type() {
        return JobType.EMAIL_RESCAN;
    }

    @Override
    public ChunkOutcome runChunk(Job job) {
        List<Mailbox> all = mailboxes.all();
        int done = job.cursor().map(Integer::parseInt).orElse(0);
        if (done >= all.size()) {
            return new ChunkOutcome(0, JobReport.EMPTY, Optional.empty());
        }
        int stored = rescan(all.get(done), job.parameters().list(ADDRESSES).stream().map(EmailAddress::new).toList());
        int next = done + 1;
        return new ChunkOutcome(1, new JobReport(stored, Map.of()), next < all.size() ? Optional.of(String.valueOf(next)) : Optional.empty());
    }

    private int rescan(Mailbox mailbox, List<EmailAddress> addresses) {
        Instant now = clock.instant();
        int stored = 0;
        try (MailboxConnection connection = reader.open(mailbox)) {
            for (Folder folder : Folder.values()) {
                for (EmailAddress address : addresses) {
                    stored += batches.keepFound(mailbox.id(), connection.search(folder, address, settings.since(now)), now);
                }
            }
        }
        return stored;
    }

    @Override
    public JobNotice report(Job finished) {
        String addresses = finished.parameters().displayName();
        if (finished.state() == JobState.FAILED) {
            return new JobNotice("inbox.email-rescan.failed", List.of(addresses), JobNotice.jobPage(finished.id()));
        }
        return new JobNotice("inbox.email-rescan.done", List.of(addresses, String.valueOf(finished.report().succeeded())),
                JobNotice.jobPage(finished.id()));
    }
}
