package io.portico.application.health.port;

import io.portico.application.backup.port.BackupStatus;
import io.portico.application.job.port.JobFigures;
import io.portico.application.mail.port.MailHealth;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Issue 14 item 7: how the installation runs, as admins see it on Home — the outbox (waiting, given up, how long the
 * oldest waits), the jobs, the mailboxes whose sync fails, and the newest backup.
 */
public record SystemHealth(MailHealth mail, Duration oldestMailWait, JobFigures jobs, long failingMailboxes,
                           Optional<BackupStatus> lastBackup) {

    public SystemHealth {
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(oldestMailWait, "oldestMailWait");
        Objects.requireNonNull(jobs, "jobs");
        Objects.requireNonNull(lastBackup, "lastBackup");
        if (failingMailboxes < 0) {
            throw new IllegalArgumentException("failingMailboxes " + failingMailboxes);
        }
    }
}
