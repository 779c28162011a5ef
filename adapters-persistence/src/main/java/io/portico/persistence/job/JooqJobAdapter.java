package io.portico.persistence.job;

import static io.portico.persistence.jooq.Tables.JOB;
import static io.portico.persistence.jooq.Tables.JOB_FILE;
import static io.portico.persistence.jooq.Tables.JOB_PROBLEM;

import io.portico.application.job.port.out.JobFilePort;
import io.portico.application.job.port.out.JobPort;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobProblem;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;
import io.portico.domain.shared.FileAttachment;
import io.portico.persistence.jooq.tables.records.JobRecord;
import io.portico.persistence.shared.TransactionLock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The job table. A worker leases with {@code FOR UPDATE SKIP LOCKED}, and each chunk's transaction locks the
 * job's row first: a job whose chunk is running is skipped by every other node, whatever its lease says.
 */
@Repository
class JooqJobAdapter implements JobPort, JobFilePort {

    private static final List<String> UNFINISHED = List.of(JobState.QUEUED.name(), JobState.RUNNING.name());

    private final DSLContext dsl;

    JooqJobAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Job job) {
        dsl.insertInto(JOB).set(JobMapper.toRecord(dsl.newRecord(JOB), job)).execute();
    }

    /** The transaction's lock of the job type serialises the check and the add of every caller, on every node. */
    @Override
    public Optional<JobId> addAlone(Job job) {
        TransactionLock.hold(dsl, "job " + job.type().name());
        var found = unfinished(job.type());
        if (found.isEmpty()) {
            add(job);
        }
        return found;
    }

    /** A walk of the unfinished jobs' index ({@code job_runnable_idx}): few rows, however many jobs finished. */
    @Override
    public Optional<JobId> unfinished(JobType type) {
        return dsl.select(JOB.ID).from(JOB)
                .where(JOB.STATE.in(UNFINISHED)).and(JOB.KIND.eq(type.name()))
                .orderBy(JOB.CREATED_AT)
                .limit(1)
                .fetchOptional(row -> new JobId(row.value1()));
    }

    @Override
    public Optional<Job> find(JobId id) {
        return dsl.selectFrom(JOB).where(JOB.ID.eq(id.value())).fetchOptional(JobMapper::toJob);
    }

    @Override
    public Optional<Job> leaseNext(String owner, Instant now, Instant until) {
        Optional<Job> next = dsl.selectFrom(JOB)
                .where(JOB.STATE.in(UNFINISHED)).and(leaseFreeAt(now))
                .orderBy(JOB.CREATED_AT)
                .limit(1)
                .forUpdate()
                .skipLocked()
                .fetchOptional(JobMapper::toJob);
        return next.map(job -> {
            Job leased = job.leasedBy(owner, now, until);
            save(leased);
            return leased;
        });
    }

    @Override
    public Optional<Job> lockHeld(JobId id, String owner, Instant now) {
        return dsl.selectFrom(JOB)
                .where(JOB.ID.eq(id.value())).and(JOB.LEASE_OWNER.eq(owner)).and(JOB.LEASE_EXPIRES_AT.gt(now))
                .forUpdate()
                .fetchOptional(JobMapper::toJob);
    }

    @Override
    public void save(Job job) {
        JobRecord row = JobMapper.toRecord(dsl.newRecord(JOB), job);
        row.changed(JOB.ID, false);
        row.changed(JOB.CREATED_BY, false);
        row.changed(JOB.CREATED_AT, false);
        row.changed(JOB.KIND, false);
        row.changed(JOB.PARAMETERS, false);
        dsl.update(JOB).set(row).where(JOB.ID.eq(job.id().value())).execute();
    }

    @Override
    public void addProblems(JobId job, List<JobProblem> problems) {
        var insert = dsl.insertInto(JOB_PROBLEM, JOB_PROBLEM.JOB_ID, JOB_PROBLEM.ITEM, JOB_PROBLEM.FIELD, JOB_PROBLEM.MESSAGE_KEY,
                JOB_PROBLEM.ARGUMENTS, JOB_PROBLEM.ROW_VALUES);
        for (JobProblem problem : problems) {
            insert = insert.values(job.value(), problem.item(), problem.field().orElse(null), problem.messageKey(),
                    problem.arguments().toArray(String[]::new), problem.values().toArray(String[]::new));
        }
        insert.execute();
    }

    @Override
    public List<JobProblem> problems(JobId job, int offset, int limit) {
        return dsl.selectFrom(JOB_PROBLEM).where(JOB_PROBLEM.JOB_ID.eq(job.value())).orderBy(JOB_PROBLEM.ID)
                .offset(offset).limit(limit)
                .fetch(row -> new JobProblem(row.getItem(), Optional.ofNullable(row.getField()), row.getMessageKey(),
                        List.of(row.getArguments()), List.of(row.getRowValues())));
    }

    @Override
    public void attach(JobId job, List<FileAttachment> files) {
        int first = dsl.fetchCount(JOB_FILE, JOB_FILE.JOB_ID.eq(job.value()));
        for (int i = 0; i < files.size(); i++) {
            FileAttachment file = files.get(i);
            dsl.insertInto(JOB_FILE)
                    .set(JOB_FILE.JOB_ID, job.value())
                    .set(JOB_FILE.POSITION, first + i)
                    .set(JOB_FILE.FILE_NAME, file.fileName())
                    .set(JOB_FILE.CONTENT_TYPE, file.contentType())
                    .set(JOB_FILE.CONTENT, file.content())
                    .execute();
        }
    }

    @Override
    public List<FileAttachment> files(JobId job) {
        return dsl.selectFrom(JOB_FILE).where(JOB_FILE.JOB_ID.eq(job.value())).orderBy(JOB_FILE.POSITION)
                .fetch(row -> new FileAttachment(row.getFileName(), row.getContentType(), row.getContent()));
    }

    private static Condition leaseFreeAt(Instant now) {
        return JOB.LEASE_EXPIRES_AT.isNull().or(JOB.LEASE_EXPIRES_AT.le(now));
    }
}
