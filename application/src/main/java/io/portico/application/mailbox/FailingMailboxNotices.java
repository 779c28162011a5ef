package io.portico.application.mailbox;

import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.mailbox.port.in.NoticeFailingMailboxesUseCase;
import io.portico.application.mailbox.port.out.MailboxHealthPort;
import io.portico.application.mailbox.port.out.MailboxHealthPort.FailingMailbox;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.Administrators;
import io.portico.domain.inbox.InboxNotification;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Item 2: a mailbox failing for more than {@link #GRACE} is told to every active owner and admin in Inbox+, once per
 * failing spell: the mark is set in the same transaction as the notices, and only by the node that set it first.
 */
public final class FailingMailboxNotices implements NoticeFailingMailboxesUseCase {

    /** Followed by the reason, e.g. "inbox.mailbox-failing.WRONG_PASSWORD": the reader's language says it in plain words. */
    public static final String FAILING = "inbox.mailbox-failing.";
    /** Where the notice leads: Settings → Mailboxes. */
    public static final String PATH = "settings/mailboxes";
    static final Duration GRACE = Duration.ofMinutes(15);

    private final MailboxHealthPort health;
    private final Administrators administrators;
    private final NotificationPort notifications;
    private final Transactions transactions;
    private final Clock clock;

    public FailingMailboxNotices(MailboxHealthPort health, Administrators administrators, NotificationPort notifications, Transactions transactions,
                                 Clock clock) {
        this.health = health;
        this.administrators = administrators;
        this.notifications = notifications;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int noticeFailing() {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            List<FailingMailbox> failing = health.failingUnnoticedSince(now.minus(GRACE));
            if (failing.isEmpty()) {
                return 0;
            }
            List<StaffId> admins = administrators.everyone();
            int noticed = 0;
            for (FailingMailbox mailbox : failing) {
                if (health.noticed(mailbox.id(), now)) {
                    admins.forEach(admin -> notifications.add(InboxNotification.unread(admin, FAILING + mailbox.error().name(),
                            List.of(mailbox.name()), PATH, now)));
                    noticed++;
                }
            }
            return noticed;
        });
    }
}
