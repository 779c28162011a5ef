package io.portico.application.backup;

import io.portico.application.backup.port.BackupStatus;
import io.portico.application.backup.port.out.BackupStatusPort;
import java.util.Optional;

/** The newest backup as a test sets it; none at first. */
public final class InMemoryBackupStatus implements BackupStatusPort {

    private Optional<BackupStatus> latest = Optional.empty();

    @Override
    public synchronized void record(BackupStatus backup) {
        latest = Optional.of(backup);
    }

    @Override
    public synchronized Optional<BackupStatus> latest() {
        return latest;
    }
}
