package io.portico.application.job.port.out;

import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobProblem;
import io.portico.domain.job.JobType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The stored jobs, shared by every node. A lease decides which node runs a job; {@link #lockHeld} makes
 * each chunk's transaction hold the job's row, so no other node can take the job over mid-chunk.
 */
public interface JobPort {

    void add(Job job);

    /**
     * Adds the job unless one of its type is unfinished (QUEUED or RUNNING), for a type that runs one at a time; call
     * inside a transaction. Callers racing on any nodes add one job: each waits for the other's check and add to commit.
     *
     * @return the unfinished job found instead; empty when this one was added
     */
    Optional<JobId> addAlone(Job job);

    /** The oldest unfinished (QUEUED or RUNNING) job of the type, if any. */
    Optional<JobId> unfinished(JobType type);

    Optional<Job> find(JobId id);

    /**
     * Leases the oldest unfinished job no live lease holds (skipping jobs another transaction holds) to
     * {@code owner} until {@code until}, and marks it running; call inside a transaction of its own.
     */
    Optional<Job> leaseNext(String owner, Instant now, Instant until);

    /** Inside a transaction: the job, locked until the transaction ends, if {@code owner} still holds its lease. */
    Optional<Job> lockHeld(JobId id, String owner, Instant now);

    /** Writes a job's state, progress, cursor, lease, report and failures, in the caller's transaction. */
    void save(Job job);

    /** Keeps the items a chunk could not do, after those kept before, in the caller's transaction. */
    void addProblems(JobId job, List<JobProblem> problems);

    /** The job's problems in the order they were kept, {@code limit} of them from the {@code offset}th. */
    List<JobProblem> problems(JobId job, int offset, int limit);
}
