package io.portico.persistence.backup;

import io.portico.application.backup.BackupStatusPortContract;
import io.portico.application.backup.port.out.BackupStatusPort;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqBackupStatusAdapterTest extends BackupStatusPortContract {

    private final BackupStatusPort runs = new JooqBackupStatusAdapter(TestPostgres.get().dsl());

    @Override
    protected BackupStatusPort runs() {
        return runs;
    }
}
