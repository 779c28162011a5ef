package io.portico.application.backup.port;

import java.time.Instant;
import java.util.Objects;

/** Issue 14 item 7: how the newest backup of the database ended, for the admins' health on Home. */
public record BackupStatus(Instant at, boolean succeeded) {

    public BackupStatus {
        Objects.requireNonNull(at, "at");
    }
}
