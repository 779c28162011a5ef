package io.portico.application.backup.port.in;

import io.portico.domain.staff.StaffId;

/**
 * Issue 14, item 5: Settings → Backups → <i>Back up now</i>, for the owner. It answers at once: the backup runs as a
 * background job, one at a time.
 */
public interface BackUpNowUseCase {

    BackupRequest backUpNow(StaffId actor);
}
