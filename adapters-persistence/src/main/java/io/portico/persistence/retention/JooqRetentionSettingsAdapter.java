package io.portico.persistence.retention;

import static io.portico.persistence.jooq.Tables.FIRM;

import io.portico.application.retention.port.out.RetentionSettingsPort;
import io.portico.domain.retention.Retention;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Issue 14, item 4: the firm row's retention columns (V57), all four set or none. */
@Repository
class JooqRetentionSettingsAdapter implements RetentionSettingsPort {

    private final DSLContext dsl;

    JooqRetentionSettingsAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Retention> stored() {
        return dsl.select(FIRM.RETENTION_HISTORY_DAYS, FIRM.RETENTION_SENT_MAIL_DAYS, FIRM.RETENTION_LOGIN_ACTIVITY_DAYS,
                        FIRM.RETENTION_JOB_REPORTS_DAYS)
                .from(FIRM)
                .where(FIRM.RETENTION_HISTORY_DAYS.isNotNull())
                .fetchOptional(row -> new Retention(row.value1(), row.value2(), row.value3(), row.value4()));
    }

    @Override
    public void store(Retention retention) {
        dsl.update(FIRM)
                .set(FIRM.RETENTION_HISTORY_DAYS, retention.historyDays())
                .set(FIRM.RETENTION_SENT_MAIL_DAYS, retention.sentMailDays())
                .set(FIRM.RETENTION_LOGIN_ACTIVITY_DAYS, retention.loginActivityDays())
                .set(FIRM.RETENTION_JOB_REPORTS_DAYS, retention.jobReportsDays())
                .execute();
    }
}
