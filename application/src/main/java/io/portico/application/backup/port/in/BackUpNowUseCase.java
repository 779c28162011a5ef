package io.portico.application.backup.port.in;

import io.portico.domain.staff.StaffId;

/** Issue 14, item 5: Settings → Backups → <i>Back up now</i>, for the owner. */
public interface BackUpNowUseCase {

    BackupResult backUpNow(StaffId actor);
}
