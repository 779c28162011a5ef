package io.portico.application.backup.port.out;

import io.portico.application.backup.port.BackupStatus;
import java.util.Optional;

/** Issue 14 items 5 and 7: the newest backup run, whatever made it; empty when none ran (or none is scheduled). */
public interface BackupStatusPort {

    Optional<BackupStatus> latest();

    /** Remembers how a backup run ended, in place of the one before. */
    void record(BackupStatus run);
}
