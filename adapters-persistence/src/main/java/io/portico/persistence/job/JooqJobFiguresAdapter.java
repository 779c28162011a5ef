package io.portico.persistence.job;

import static io.portico.persistence.jooq.Tables.JOB;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.selectCount;

import io.portico.application.job.port.JobFigures;
import io.portico.application.job.port.out.JobFiguresPort;
import io.portico.domain.job.JobState;
import java.time.Instant;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/**
 * Issue 14 item 7: three counts in one statement; queued and running jobs along V34's job_runnable_idx, failed ones
 * along V58's job_failed_idx, so the finished jobs, nearly all rows, are never read.
 */
@Repository
class JooqJobFiguresAdapter implements JobFiguresPort {

    private final DSLContext dsl;

    JooqJobFiguresAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public JobFigures figures(Instant failedSince) {
        var row = dsl.select(count(inState(JobState.QUEUED)), count(inState(JobState.RUNNING)),
                count(inState(JobState.FAILED).and(JOB.FINISHED_AT.ge(failedSince)))).fetchSingle();
        return new JobFigures(row.value1(), row.value2(), row.value3());
    }

    private static Condition inState(JobState state) {
        return JOB.STATE.eq(inline(state.name()));
    }

    private static Field<Integer> count(Condition condition) {
        return field(selectCount().from(JOB).where(condition));
    }
}
