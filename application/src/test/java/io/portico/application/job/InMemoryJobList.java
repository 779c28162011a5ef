package io.portico.application.job;

import io.portico.application.job.port.JobCursor;
import io.portico.application.job.port.JobRow;
import io.portico.application.job.port.out.JobListPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobParameters;
import io.portico.domain.staff.StaffId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Clients → Jobs over {@link InMemoryJobs}, the starter's name read from the staff as the database joins it. */
public final class InMemoryJobList implements JobListPort {

    /** Newest first, then by id descending, as the database compares uuids (unsigned, byte by byte). */
    private static final Comparator<JobCursor> NEWEST_FIRST = Comparator.comparing(JobCursor::startedAt)
            .thenComparing(cursor -> cursor.id().value().toString())
            .reversed();

    private final InMemoryJobs jobs;
    private final StaffPort staff;

    public InMemoryJobList(InMemoryJobs jobs, StaffPort staff) {
        this.jobs = jobs;
        this.staff = staff;
    }

    @Override
    public List<JobRow> page(Optional<StaffId> startedBy, Optional<JobCursor> after, int limit) {
        return jobs.all().stream()
                .filter(job -> startedBy.map(job.createdBy()::equals).orElse(true))
                .map(this::row)
                .filter(row -> after.map(cursor -> NEWEST_FIRST.compare(row.cursor(), cursor) > 0).orElse(true))
                .sorted(Comparator.comparing(JobRow::cursor, NEWEST_FIRST))
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<JobRow> row(JobId id) {
        return jobs.find(id).map(this::row);
    }

    private JobRow row(Job job) {
        String starter = staff.findById(job.createdBy()).map(member -> member.name().full()).orElseThrow();
        return new JobRow(job.id(), job.type(), job.parameters().displayName(), job.createdBy(), starter, job.createdAt(),
                job.finishedAt(), job.state(), job.progress(), job.report(), job.parameters().has(JobParameters.HEADER));
    }
}
