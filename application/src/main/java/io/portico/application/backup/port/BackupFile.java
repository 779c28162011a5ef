package io.portico.application.backup.port;

import java.time.Instant;
import java.util.Objects;

/** Issue 14, item 5: one backup of the database, as Settings → Backups lists it. */
public record BackupFile(String name, Instant takenAt, long sizeBytes) {

    public BackupFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(takenAt, "takenAt");
    }
}
