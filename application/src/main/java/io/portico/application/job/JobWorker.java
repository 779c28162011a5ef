package io.portico.application.job;

import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.job.port.in.RunJobsUseCase;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.inbox.InboxNotification;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobType;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One node's worker. Each chunk is one transaction holding the job's row, the chunk's work and the job's new
 * cursor: a node that dies mid-chunk leaves nothing of that chunk behind, and once its lease expires another
 * node continues from the last committed cursor. A failing chunk is rolled back and retried later, and fails
 * the job after {@link Job#MAX_FAILURES} attempts.
 */
public final class JobWorker implements RunJobsUseCase {

    private static final System.Logger LOG = System.getLogger(JobWorker.class.getName());

    private final JobPort jobs;
    private final Map<JobType, JobKind> kinds = new EnumMap<>(JobType.class);
    private final NotificationPort inbox;
    private final Transactions transactions;
    private final JobTimings timings;
    private final Clock clock;

    public JobWorker(JobPort jobs, List<JobKind> kinds, NotificationPort inbox, Transactions transactions, JobTimings timings,
                     Clock clock) {
        this.jobs = jobs;
        kinds.forEach(kind -> this.kinds.put(kind.type(), kind));
        this.inbox = inbox;
        this.transactions = transactions;
        this.timings = timings;
        this.clock = clock;
    }

    @Override
    public boolean runNext() {
        Instant now = clock.instant();
        var leased = transactions.inTransaction(() -> jobs.leaseNext(timings.node(), now, now.plus(timings.lease())));
        leased.map(Job::id).ifPresent(this::run);
        return leased.isPresent();
    }

    private void run(JobId id) {
        boolean more = true;
        while (more) {
            more = runChunk(id);
        }
    }

    /** @return whether this node should go on with the next chunk */
    private boolean runChunk(JobId id) {
        try {
            return transactions.inTransaction(() -> jobs.lockHeld(id, timings.node(), clock.instant()).map(this::advance).orElse(false));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Chunk of job " + id.value() + " failed and was rolled back", e);
            transactions.inTransaction(() -> failed(id));
            return false;
        }
    }

    private boolean advance(Job job) {
        var chunk = kindOf(job).runChunk(job);
        if (!chunk.problems().isEmpty()) {
            jobs.addProblems(job.id(), chunk.problems());
        }
        Instant now = clock.instant();
        return saved(job.advanced(chunk, now, now.plus(timings.lease())));
    }

    private void failed(JobId id) {
        Instant now = clock.instant();
        jobs.lockHeld(id, timings.node(), now).ifPresent(job -> saved(job.chunkFailed(now, now.plus(timings.retryDelay()))));
    }

    /** @return whether the job goes on */
    private boolean saved(Job job) {
        jobs.save(job);
        if (job.state().finished()) {
            JobNotice notice = kindOf(job).report(job);
            inbox.add(InboxNotification.unread(job.createdBy(), notice.messageKey(), notice.arguments(), notice.link(), clock.instant()));
        }
        return !job.state().finished();
    }

    private JobKind kindOf(Job job) {
        JobKind kind = kinds.get(job.type());
        if (kind == null) {
            throw new IllegalStateException("no kind runs jobs of type " + job.type());
        }
        return kind;
    }
}
