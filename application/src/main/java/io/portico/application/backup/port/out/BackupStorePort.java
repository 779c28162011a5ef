package io.portico.application.backup.port.out;

import io.portico.application.backup.port.BackupFile;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** Issue 14, item 5: the backups of the database, one file each under {@code data/backups}. */
public interface BackupStorePort {

    /** Takes a backup of the whole database now, under the name; a half-written one never shows in {@link #list()}. */
    BackupFile backUp(String name) throws BackupFailedException;

    /** Newest first. */
    List<BackupFile> list();

    /** Empty when there is no backup of that name. */
    Optional<InputStream> open(String name);

    void delete(String name);

    /** The backup could not be written: the database or the disk refused. */
    final class BackupFailedException extends Exception {

        public BackupFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
