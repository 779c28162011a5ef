package io.portico.application.backup;

import io.portico.application.backup.port.BackupFile;
import io.portico.application.backup.port.BackupStatus;
import io.portico.application.backup.port.in.BackUpDailyUseCase;
import io.portico.application.backup.port.in.BackUpNowUseCase;
import io.portico.application.backup.port.in.BackupRequest;
import io.portico.application.backup.port.in.BackupResult;
import io.portico.application.backup.port.in.BackupsQuery;
import io.portico.application.backup.port.out.BackupStatusPort;
import io.portico.application.backup.port.out.BackupStorePort;
import io.portico.application.backup.port.out.BackupStorePort.BackupFailedException;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.job.JobId;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Issue 14, item 5: a backup is one file named after its moment (UTC); after each, only the newest {@code keep}
 * stay. Each run's outcome is recorded: Home shows it, and a failed one is told to owners and admins in Inbox+
 * (see {@code HealthNotices}). The backups hold every client's data, so
 * only the owner lists and downloads them (looked up on each call: a demotion applies at once).
 * <p>
 * <i>Back up now</i> queues a {@link BackupJob} (a backup takes a minute and a half at a million accounts: too long for
 * the owner's request); the daily backup calls {@link #backUp()} from its schedule. Both write through {@link #backUp()},
 * which lets one run at a time: the daily one waits for a job's backup and the other way round. The lock is this
 * process's, which suffices: the daily backup is scheduled only with the embedded database, which serves one node.
 */
public final class BackupService implements BackUpNowUseCase, BackUpDailyUseCase, BackupsQuery {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'portico-'yyyyMMdd-HHmmss'.backup'").withZone(ZoneOffset.UTC);
    private static final System.Logger LOG = System.getLogger(BackupService.class.getName());

    private final BackupStorePort store;
    private final StaffPort staff;
    private final BackupStatusPort runs;
    private final BackupQueue queue;
    private final Clock clock;
    private final int keep;
    private final Lock oneAtATime = new ReentrantLock();

    /** @param keep how many backups stay; at least one */
    public BackupService(BackupStorePort store, StaffPort staff, BackupStatusPort runs, BackupQueue queue, Clock clock, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("at least one backup is kept, not " + keep);
        }
        this.store = store;
        this.staff = staff;
        this.runs = runs;
        this.queue = queue;
        this.clock = clock;
        this.keep = keep;
    }

    @Override
    public BackupRequest backUpNow(StaffId actor) {
        requireOwner(actor);
        return queue.queue(actor);
    }

    @Override
    public BackupResult backUp() {
        oneAtATime.lock();
        try {
            return write();
        } finally {
            oneAtATime.unlock();
        }
    }

    /** The file's name: the run's moment, as recorded by {@link BackupStatusPort}. */
    static String nameAt(Instant moment) {
        return NAME.format(moment);
    }

    private BackupResult write() {
        Instant now = clock.instant();
        try {
            BackupFile written = store.backUp(nameAt(now));
            store.list().stream().skip(keep).forEach(old -> store.delete(old.name()));
            runs.record(new BackupStatus(now, true));
            return new BackupResult.Written(written);
        } catch (BackupFailedException e) {
            LOG.log(Level.ERROR, "The backup failed", e);
            runs.record(new BackupStatus(now, false));
            return new BackupResult.Failed();
        }
    }

    @Override
    public List<BackupFile> backups(StaffId actor) {
        requireOwner(actor);
        return store.list();
    }

    @Override
    public Optional<InputStream> download(StaffId actor, String name) {
        requireOwner(actor);
        boolean listed = store.list().stream().anyMatch(backup -> backup.name().equals(name));
        return listed ? store.open(name) : Optional.empty();
    }

    @Override
    public Optional<JobId> running(StaffId actor) {
        requireOwner(actor);
        return queue.running();
    }

    private void requireOwner(StaffId actor) {
        boolean owner = staff.findById(actor).filter(StaffMember::active).map(member -> member.role() == StaffRole.OWNER).orElse(false);
        if (!owner) {
            throw new NotAllowedException("backups");
        }
    }
}
