package io.portico.application.job;

import io.portico.domain.job.ChunkOutcome;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobType;

/**
 * What a type of job does, chunk by chunk. {@link #runChunk} runs inside the chunk's transaction: the
 * work it writes (history, messages, outbox rows) commits together with the job's new cursor, or not at all.
 */
public interface JobKind {

    JobType type();

    /** Does the chunk that starts at the job's cursor (empty: the first one). */
    ChunkOutcome runChunk(Job job);

    /** The Inbox+ entry the job's starter gets once it is DONE or FAILED. */
    JobNotice report(Job finished);
}
