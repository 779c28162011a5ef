package io.portico.application.job;

import io.portico.application.job.port.JobFigures;
import io.portico.application.job.port.out.JobFiguresPort;
import io.portico.application.job.port.out.JobPort;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;
import io.portico.domain.job.JobProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Jobs in memory; leasing is atomic (synchronized), as the row lock makes it in the database. */
public final class InMemoryJobs implements JobPort, JobFiguresPort {

    private final Map<JobId, Job> jobs = new LinkedHashMap<>();
    private final Map<JobId, List<JobProblem>> problems = new LinkedHashMap<>();

    @Override
    public synchronized void add(Job job) {
        jobs.put(job.id(), job);
    }

    @Override
    public synchronized Optional<JobId> addAlone(Job job) {
        var found = unfinished(job.type());
        if (found.isEmpty()) {
            add(job);
        }
        return found;
    }

    @Override
    public synchronized Optional<JobId> unfinished(JobType type) {
        return jobs.values().stream().filter(job -> job.type() == type && !job.state().finished())
                .min(Comparator.comparing(Job::createdAt)).map(Job::id);
    }

    @Override
    public synchronized Optional<Job> find(JobId id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public synchronized Optional<Job> leaseNext(String owner, Instant now, Instant until) {
        var next = jobs.values().stream().filter(job -> job.leasableAt(now)).min(Comparator.comparing(Job::createdAt))
                .map(job -> job.leasedBy(owner, now, until));
        next.ifPresent(this::save);
        return next;
    }

    @Override
    public synchronized Optional<Job> lockHeld(JobId id, String owner, Instant now) {
        return find(id).filter(job -> job.heldBy(owner, now));
    }

    @Override
    public synchronized void save(Job job) {
        jobs.put(job.id(), job);
    }

    @Override
    public synchronized void addProblems(JobId job, List<JobProblem> more) {
        problems.computeIfAbsent(job, id -> new ArrayList<>()).addAll(more);
    }

    @Override
    public synchronized List<JobProblem> problems(JobId job, int offset, int limit) {
        var kept = problems.getOrDefault(job, List.of());
        return List.copyOf(kept.subList(Math.min(offset, kept.size()), Math.min(offset + limit, kept.size())));
    }

    /** Every stored job, for {@link InMemoryJobList} and tests of what queues jobs. */
    public synchronized List<Job> all() {
        return List.copyOf(jobs.values());
    }

    @Override
    public synchronized JobFigures figures(Instant failedSince) {
        return new JobFigures(count(JobState.QUEUED), count(JobState.RUNNING), jobs.values().stream()
                .filter(job -> job.state() == JobState.FAILED && !job.finishedAt().orElseThrow().isBefore(failedSince)).count());
    }

    private long count(JobState state) {
        return jobs.values().stream().filter(job -> job.state() == state).count();
    }
}
