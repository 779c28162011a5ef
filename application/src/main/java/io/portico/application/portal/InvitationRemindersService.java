package io.portico.application.portal;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.portal.port.in.SendInvitationRemindersUseCase;
import io.portico.application.portal.port.out.DueReminder;
import io.portico.application.portal.port.out.InvitationReminderPort;
import io.portico.application.portal.port.out.PortalSettingsPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.Account;
import io.portico.domain.portal.PortalSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Issue 11, item 5: while the firm has reminders on, each invitation gets one reminder N days before its link
 * expires, carrying one more working link (the first stays valid), in the contact's language. Claims go in
 * batches, each one transaction with its links and outbox rows, so a crash loses or doubles no reminder.
 */
public final class InvitationRemindersService implements SendInvitationRemindersUseCase {

    static final int BATCH = 50;

    private final PortalSettingsPort settings;
    private final InvitationReminderPort reminders;
    private final AccountPort accounts;
    private final InvitationReminderMails mails;
    private final Transactions transactions;
    private final Clock clock;

    public InvitationRemindersService(PortalSettingsPort settings, InvitationReminderPort reminders, AccountPort accounts,
                                      InvitationReminderMails mails, Transactions transactions, Clock clock) {
        this.settings = settings;
        this.reminders = reminders;
        this.accounts = accounts;
        this.mails = mails;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int sendDue() {
        PortalSettings current = settings.load();
        if (current.reminderDaysBefore().isEmpty()) {
            return 0;
        }
        Duration before = Duration.ofDays(current.reminderDaysBefore().get());
        int sent = 0;
        int claimed;
        do {
            Instant now = clock.instant();
            List<Boolean> batch = transactions.inTransaction(() ->
                    reminders.claimDue(now, before, BATCH).stream().map(due -> remind(due, current, now)).toList());
            claimed = batch.size();
            sent += (int) batch.stream().filter(Boolean::booleanValue).count();
        } while (claimed == BATCH);
        return sent;
    }

    private boolean remind(DueReminder due, PortalSettings current, Instant now) {
        Optional<Account> account = accounts.find(due.account());
        boolean sent = account.isPresent() && mails.send(due.email(), account.get().name().value(),
                current.invitationValidity().days(), daysLeft(now, due.expiresAt()), now);
        if (sent) {
            reminders.markReminded(due.email(), now); // the new link gets no reminder of its own
        }
        return sent;
    }

    /** Whole days, rounded up: a link expiring in 47 hours "expires in 2 days". */
    static long daysLeft(Instant now, Instant expiresAt) {
        long hours = Duration.between(now, expiresAt).toHours();
        return Math.max(1, (hours + 23) / 24);
    }
}
