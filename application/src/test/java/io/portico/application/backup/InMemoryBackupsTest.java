package io.portico.application.backup;

import io.portico.application.backup.port.out.BackupStorePort;
import io.portico.application.shared.MutableClock;
import java.time.Duration;

class InMemoryBackupsTest extends BackupStorePortContract {

    private final MutableClock clock = MutableClock.startingAt("2026-12-01T03:00:00Z");
    private final InMemoryBackups backups = new InMemoryBackups(clock);

    @Override
    protected BackupStorePort store() {
        return backups;
    }

    @Override
    protected void later() {
        clock.advance(Duration.ofDays(1));
    }
}
