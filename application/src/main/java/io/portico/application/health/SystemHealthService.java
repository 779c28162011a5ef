package io.portico.application.health;

import io.portico.application.backup.port.out.BackupStatusPort;
import io.portico.application.health.port.SystemHealth;
import io.portico.application.health.port.in.SystemHealthQuery;
import io.portico.application.job.port.out.JobFiguresPort;
import io.portico.application.mail.port.MailHealth;
import io.portico.application.mail.port.out.OutboxFiguresPort;
import io.portico.application.mailbox.port.out.MailboxHealthPort;
import io.portico.application.staff.Administrators;
import io.portico.domain.mailbox.MailboxHealth;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Issue 14 item 7: each figure from the feature it belongs to, each one indexed read; the role is checked on every read. */
public final class SystemHealthService implements SystemHealthQuery {

    /** Jobs that failed within this span count as failed on Home; older failures are old news. */
    static final Duration FAILED_LATELY = Duration.ofDays(1);

    private final OutboxFiguresPort outbox;
    private final JobFiguresPort jobs;
    private final MailboxHealthPort mailboxes;
    private final BackupStatusPort backups;
    private final Administrators administrators;
    private final Clock clock;

    public SystemHealthService(OutboxFiguresPort outbox, JobFiguresPort jobs, MailboxHealthPort mailboxes, BackupStatusPort backups,
                               Administrators administrators, Clock clock) {
        this.outbox = outbox;
        this.jobs = jobs;
        this.mailboxes = mailboxes;
        this.backups = backups;
        this.administrators = administrators;
        this.clock = clock;
    }

    @Override
    public SystemHealth health(StaffId viewer) {
        administrators.require(viewer, "read the installation's health");
        Instant now = clock.instant();
        MailHealth mail = outbox.figures();
        long failing = mailboxes.health().values().stream().filter(MailboxHealth::failing).count();
        return new SystemHealth(mail, mail.oldestWait(now), jobs.figures(now.minus(FAILED_LATELY)), failing, backups.latest());
    }
}
