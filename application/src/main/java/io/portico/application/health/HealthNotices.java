package io.portico.application.health;

import io.portico.application.backup.port.out.BackupStatusPort;
import io.portico.application.health.port.in.NoticeHealthProblemsUseCase;
import io.portico.application.health.port.out.HealthNoticePort;
import io.portico.application.health.port.out.HealthProblem;
import io.portico.application.mail.port.out.OutboxFiguresPort;
import io.portico.application.shared.port.out.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Issue 14 item 7: the outbox stalled for more than {@link #STALL} (its oldest waiting mail waits longer) or the
 * newest backup failed is told to every active owner and admin, once per spell: the mark is set in the transaction of
 * the notices, and only the node that set it tells; the mark goes once the problem is over.
 */
public final class HealthNotices implements NoticeHealthProblemsUseCase {

    /** Followed by the problem's name, e.g. "inbox.health.OUTBOX_STALLED". */
    public static final String NOTICE = "inbox.health.";
    /** Where the notice leads: Home, whose health panel says more. */
    public static final String PATH = "";
    static final Duration STALL = Duration.ofMinutes(15);

    private final OutboxFiguresPort outbox;
    private final BackupStatusPort backups;
    private final HealthNoticePort marks;
    private final AdminInbox admins;
    private final Transactions transactions;
    private final Clock clock;

    public HealthNotices(OutboxFiguresPort outbox, BackupStatusPort backups, HealthNoticePort marks, AdminInbox admins,
                         Transactions transactions, Clock clock) {
        this.outbox = outbox;
        this.backups = backups;
        this.marks = marks;
        this.admins = admins;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int noticeProblems() {
        Instant now = clock.instant();
        boolean stalled = outbox.figures().oldestWait(now).compareTo(STALL) > 0;
        boolean backupFailed = backups.latest().filter(backup -> !backup.succeeded()).isPresent();
        return transactions.inTransaction(() -> told(HealthProblem.OUTBOX_STALLED, stalled, now)
                + told(HealthProblem.BACKUP_FAILED, backupFailed, now));
    }

    /** @return 1 when admins were told of the problem now */
    private int told(HealthProblem problem, boolean present, Instant now) {
        if (!present) {
            marks.end(problem);
            return 0;
        }
        if (!marks.begin(problem, now)) {
            return 0;
        }
        admins.tell(NOTICE + problem.name(), List.of(), PATH, now);
        return 1;
    }
}
