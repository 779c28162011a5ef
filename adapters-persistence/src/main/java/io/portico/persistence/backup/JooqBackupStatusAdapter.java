package io.portico.persistence.backup;

import static io.portico.persistence.jooq.Tables.BACKUP_RUN;

import io.portico.application.backup.port.BackupStatus;
import io.portico.application.backup.port.out.BackupStatusPort;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqBackupStatusAdapter implements BackupStatusPort {

    private final DSLContext dsl;

    JooqBackupStatusAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<BackupStatus> latest() {
        return dsl.select(BACKUP_RUN.RAN_AT, BACKUP_RUN.SUCCEEDED).from(BACKUP_RUN)
                .fetchOptional(row -> new BackupStatus(row.value1(), row.value2()));
    }

    @Override
    public void record(BackupStatus run) {
        dsl.insertInto(BACKUP_RUN)
                .set(BACKUP_RUN.RAN_AT, run.at())
                .set(BACKUP_RUN.SUCCEEDED, run.succeeded())
                .onConflict(BACKUP_RUN.SINGLE).doUpdate()
                .set(BACKUP_RUN.RAN_AT, run.at())
                .set(BACKUP_RUN.SUCCEEDED, run.succeeded())
                .execute();
    }
}
