package io.portico.ui.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.portico.application.job.JobKind;
import io.portico.application.job.JobNotice;
import io.portico.domain.job.ChunkOutcome;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;
import java.time.Duration;
import java.util.Locale;

/** Issue 14 item 6: a job kind timed chunk by chunk and, once finished, from start to end, with the rows it did. */
final class MeteredJobKind implements JobKind {

    private final JobKind kind;
    private final MeterRegistry registry;
    private final Timer chunks;
    private final Counter rows;

    MeteredJobKind(JobKind kind, MeterRegistry registry) {
        this.kind = kind;
        this.registry = registry;
        String type = tag(kind.type());
        this.chunks = Timer.builder("portico.job.chunk").description("Time spent running one chunk of a job").tag("type", type)
                .register(registry);
        this.rows = Counter.builder("portico.job.rows").description("Rows (accounts, addresses, messages) jobs went through")
                .tag("type", type).register(registry);
        duration(JobState.DONE);
        duration(JobState.FAILED);
    }

    private Timer duration(JobState state) {
        return Timer.builder("portico.job.duration").description("Time from a job's start to its end")
                .tags("type", tag(kind.type()), "state", tag(state)).register(registry);
    }

    private static String tag(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public JobType type() {
        return kind.type();
    }

    @Override
    public ChunkOutcome runChunk(Job job) {
        ChunkOutcome outcome = chunks.record(() -> kind.runChunk(job));
        rows.increment(outcome.items());
        return outcome;
    }

    @Override
    public JobNotice report(Job finished) {
        finished.finishedAt().ifPresent(end -> duration(finished.state()).record(Duration.between(finished.createdAt(), end)));
        return kind.report(finished);
    }
}
