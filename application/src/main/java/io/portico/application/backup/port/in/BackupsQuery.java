package io.portico.application.backup.port.in;

import io.portico.application.backup.port.BackupFile;
import io.portico.domain.job.JobId;
import io.portico.domain.staff.StaffId;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** Issue 14, item 5: Settings → Backups, for the owner only: the list and a download. */
public interface BackupsQuery {

    /** Newest first. */
    List<BackupFile> backups(StaffId actor);

    /** Empty for a name that is not one of the listed backups. */
    Optional<InputStream> download(StaffId actor, String name);

    /** The backup job queued or running, if one is: <i>Back up now</i> waits for it. */
    Optional<JobId> running(StaffId actor);
}
