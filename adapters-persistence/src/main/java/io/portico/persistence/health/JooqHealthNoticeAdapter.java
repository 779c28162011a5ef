package io.portico.persistence.health;

import static io.portico.persistence.jooq.Tables.HEALTH_NOTICE;

import io.portico.application.health.port.out.HealthNoticePort;
import io.portico.application.health.port.out.HealthProblem;
import java.time.Instant;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Issue 14 item 7: V58's health_notice; the primary key lets one node's insert win a spell. */
@Repository
class JooqHealthNoticeAdapter implements HealthNoticePort {

    private final DSLContext dsl;

    JooqHealthNoticeAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean begin(HealthProblem problem, Instant at) {
        return dsl.insertInto(HEALTH_NOTICE).set(HEALTH_NOTICE.PROBLEM, problem.name()).set(HEALTH_NOTICE.SINCE, at)
                .onConflictDoNothing().execute() == 1;
    }

    @Override
    public void end(HealthProblem problem) {
        dsl.deleteFrom(HEALTH_NOTICE).where(HEALTH_NOTICE.PROBLEM.eq(problem.name())).execute();
    }
}
