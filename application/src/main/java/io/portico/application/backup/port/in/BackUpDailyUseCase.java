package io.portico.application.backup.port.in;

/** Issue 14, item 5: the daily backup of the embedded database, at the configured hour. */
public interface BackUpDailyUseCase {

    BackupResult backUp();
}
