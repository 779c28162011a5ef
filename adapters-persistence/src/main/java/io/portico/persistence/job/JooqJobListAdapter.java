package io.portico.persistence.job;

import static io.portico.persistence.jooq.Tables.JOB;
import static io.portico.persistence.jooq.Tables.STAFF;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.val;

import io.portico.application.job.port.JobCursor;
import io.portico.application.job.port.JobRow;
import io.portico.application.job.port.out.JobListPort;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobParameters;
import io.portico.domain.job.JobProgress;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Clients → Jobs: one statement per page along V40's indexes. A job's parameters are never read whole (a bulk
 * email's hold every account id): the name and whether a header is kept are picked out of the jsonb.
 */
@Repository
class JooqJobListAdapter implements JobListPort {

    /** {@link JobParameters#displayName()}, in SQL. */
    private static final Field<String> NAME = coalesce(parameter(JobParameters.NAME), parameter(JobParameters.SUBJECT), inline(""));
    private static final Field<Boolean> HAS_HEADER = field(parameter(JobParameters.HEADER).isNotNull());
    private static final Field<String> STARTER = STAFF.FIRST_NAME.concat(inline(" ")).concat(STAFF.LAST_NAME);
    private static final List<Field<?>> COLUMNS = List.of(JOB.ID, JOB.KIND, NAME, JOB.CREATED_BY, STARTER, JOB.CREATED_AT,
            JOB.FINISHED_AT, JOB.STATE, JOB.DONE, JOB.TOTAL, JOB.REPORT, HAS_HEADER);

    private final DSLContext dsl;

    JooqJobListAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<JobRow> page(Optional<StaffId> startedBy, Optional<JobCursor> after, int limit) {
        Condition mine = startedBy.map(staff -> JOB.CREATED_BY.eq(staff.value())).orElse(noCondition());
        Condition next = after.map(cursor -> DSL.row(JOB.CREATED_AT, JOB.ID).lt(val(cursor.startedAt()), val(cursor.id().value())))
                .orElse(noCondition());
        return select().where(mine).and(next)
                .orderBy(JOB.CREATED_AT.desc(), JOB.ID.desc())
                .limit(limit)
                .fetch(JooqJobListAdapter::toRow);
    }

    @Override
    public Optional<JobRow> row(JobId id) {
        return select().where(JOB.ID.eq(id.value())).fetchOptional(JooqJobListAdapter::toRow);
    }

    private SelectOnConditionStep<Record> select() {
        return dsl.select(COLUMNS)
                .from(JOB)
                .join(STAFF).on(STAFF.ID.eq(JOB.CREATED_BY));
    }

    private static JobRow toRow(Record row) {
        return new JobRow(new JobId(row.get(JOB.ID)), JobType.valueOf(row.get(JOB.KIND)), row.get(NAME), new StaffId(row.get(JOB.CREATED_BY)),
                row.get(STARTER), row.get(JOB.CREATED_AT), Optional.ofNullable(row.get(JOB.FINISHED_AT)), JobState.valueOf(row.get(JOB.STATE)),
                new JobProgress(row.get(JOB.DONE), row.get(JOB.TOTAL)), JobMapper.report(row.get(JOB.REPORT)), row.get(HAS_HEADER));
    }

    private static Field<String> parameter(String name) {
        return field("{0} ->> {1}", String.class, JOB.PARAMETERS, inline(name));
    }
}
