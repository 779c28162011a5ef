package io.portico.application.backup;

import io.portico.application.backup.port.BackupStatus;
import io.portico.application.backup.port.in.BackupResult;
import io.portico.application.backup.port.out.BackupStatusPort;
import io.portico.application.job.JobKind;
import io.portico.application.job.JobNotice;
import io.portico.domain.job.ChunkOutcome;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobReport;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issue 14, item 5: <i>Back up now</i> in the background. Its one chunk is {@link BackupService#backUp()}: the file
 * written, the oldest beyond the kept number deleted, the run recorded (in the chunk's transaction, committed with
 * the job's DONE). A backup that could not be written is not retried: its run is recorded as failed, the job ends DONE
 * with one item skipped for {@value #FAILED}, and the owner is told.
 * <p>
 * The chunk takes about 90 s at a million accounts, longer than the job lease (60 s by default). That is safe: the
 * chunk's transaction holds the job's row ({@code JobPort.lockHeld}, {@code FOR UPDATE}) from start to end, and
 * {@code leaseNext} skips locked rows, so no node (this one included) leases the job again while it runs, however
 * long ago its lease expired; the finished job is then saved without looking at the lease again. Only a node dying
 * mid-backup lets the job go: its transaction is rolled back, the half-written file was never listed, and after the
 * lease another node backs up anew. The backup itself reads on a connection of its own, in its own REPEATABLE READ
 * snapshot of what is committed: it takes no row locks, so it never waits for the chunk's transaction, and it sees
 * this job as RUNNING (as committed when it was leased).
 */
public final class BackupJob implements JobKind {

    /** The skip reason of a backup that could not be written. */
    static final String FAILED = "backup.failed";
    /** Where the notice leads: Settings → Backups, with the list and the downloads. */
    static final String BACKUPS_PAGE = "settings/backups";

    private final BackupService backups;
    private final BackupStatusPort runs;

    public BackupJob(BackupService backups, BackupStatusPort runs) {
        this.backups = backups;
        this.runs = runs;
    }

    @Override
    public JobType type() {
        return JobType.BACKUP;
    }

    @Override
    public ChunkOutcome runChunk(Job job) {
        JobReport report = switch (backups.backUp()) {
            case BackupResult.Written written -> new JobReport(1, Map.of());
            case BackupResult.Failed failed -> new JobReport(0, Map.of(FAILED, 1));
        };
        return new ChunkOutcome(1, report, Optional.empty());
    }

    /** Called in the chunk's transaction, after the run was recorded: the newest run is this job's. */
    @Override
    public JobNotice report(Job finished) {
        boolean written = finished.state() == JobState.DONE && finished.report().skippedTotal() == 0;
        if (!written) {
            return new JobNotice("inbox.backup.failed", List.of(), BACKUPS_PAGE);
        }
        String name = runs.latest().map(BackupStatus::at).map(BackupService::nameAt)
                .orElseThrow(() -> new IllegalStateException("no backup run recorded for job " + finished.id().value()));
        return new JobNotice("inbox.backup.done", List.of(name), BACKUPS_PAGE);
    }
}
