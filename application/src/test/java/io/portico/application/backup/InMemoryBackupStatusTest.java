package io.portico.application.backup;

import io.portico.application.backup.port.out.BackupStatusPort;

class InMemoryBackupStatusTest extends BackupStatusPortContract {

    private final InMemoryBackupStatus runs = new InMemoryBackupStatus();

    @Override
    protected BackupStatusPort runs() {
        return runs;
    }
}
