package io.portico.persistence.backup;

import io.portico.application.backup.BackupStorePortContract;
import io.portico.application.backup.port.out.BackupStorePort;
import io.portico.persistence.shared.TestPostgres;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;

class BackupFilesTest extends BackupStorePortContract {

    @TempDir
    Path directory;

    @Override
    protected BackupStorePort store() {
        return new BackupFiles(TestPostgres.get().dataSource(), directory.resolve("backups"), Clock.systemUTC());
    }

    /** The list orders by the files' times: let the next one be written in a later millisecond. */
    @Override
    protected void later() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
