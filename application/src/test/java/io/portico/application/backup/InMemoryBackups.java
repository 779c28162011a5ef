package io.portico.application.backup;

import io.portico.application.backup.port.BackupFile;
import io.portico.application.backup.port.out.BackupStorePort;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Backups in memory, each holding its own name as content; {@link #failNext()} makes the next one fail. */
public final class InMemoryBackups implements BackupStorePort {

    private final Clock clock;
    private final List<BackupFile> backups = new ArrayList<>();
    private boolean failNext;

    public InMemoryBackups(Clock clock) {
        this.clock = clock;
    }

    public synchronized void failNext() {
        failNext = true;
    }

    @Override
    public synchronized BackupFile backUp(String name) throws BackupFailedException {
        if (failNext) {
            failNext = false;
            throw new BackupFailedException("disk full", new IllegalStateException("disk full"));
        }
        var backup = new BackupFile(name, clock.instant(), name.length());
        backups.removeIf(old -> old.name().equals(name));
        backups.add(backup);
        return backup;
    }

    @Override
    public synchronized List<BackupFile> list() {
        return backups.stream().sorted(Comparator.comparing(BackupFile::takenAt).reversed()).toList();
    }

    @Override
    public synchronized Optional<InputStream> open(String name) {
        return backups.stream().filter(backup -> backup.name().equals(name)).findFirst()
                .map(backup -> new ByteArrayInputStream(name.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public synchronized void delete(String name) {
        backups.removeIf(backup -> backup.name().equals(name));
    }
}
