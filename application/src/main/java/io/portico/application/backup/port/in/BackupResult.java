package io.portico.application.backup.port.in;

import io.portico.application.backup.port.BackupFile;

/** A backup written, or not (the owners and admins then find a notice in Inbox+). */
public sealed interface BackupResult {

    record Written(BackupFile backup) implements BackupResult {
    }

    record Failed() implements BackupResult {
    }
}
