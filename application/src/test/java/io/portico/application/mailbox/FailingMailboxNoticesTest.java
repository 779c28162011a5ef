package io.portico.application.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.inbox.InMemoryNotifications;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.inbox.InboxNotification;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.SyncError;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.StaffStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 13 item 2: owners and admins hear in Inbox+ of a mailbox failing for more than 15 minutes, once per failing spell. */
class FailingMailboxNoticesTest {

    private final Instant failedAt = Instant.parse("2026-11-30T09:00:00Z");
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryMailboxes mailboxes = new InMemoryMailboxes();
    private final InMemoryNotifications inbox = new InMemoryNotifications();
    private final Mailbox office = MailboxPortContract.mailbox("Office", "office@studio.example");

    private StaffMember owner;
    private StaffMember admin;
    private StaffMember employee;
    private StaffMember formerAdmin;

    @BeforeEach
    void firm() {
        owner = AccountFixtures.staff(staff, "Olga", "Neri", StaffRole.OWNER);
        admin = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.ADMIN);
        employee = AccountFixtures.staff(staff, "Marco", "Verdi", StaffRole.EMPLOYEE);
        formerAdmin = AccountFixtures.staff(staff, "Ugo", "Rossi", StaffRole.ADMIN);
        staff.save(formerAdmin.withStatus(StaffStatus.DEACTIVATED));
        mailboxes.add(office, failedAt);
        mailboxes.failed(office.id(), failedAt, SyncError.WRONG_PASSWORD);
    }

    private int checkAt(Duration afterFailure) {
        return new FailingMailboxNotices(mailboxes, new Administrators(staff), inbox, new DirectTransactions(),
                Clock.fixed(failedAt.plus(afterFailure), ZoneOffset.UTC)).noticeFailing();
    }

    private List<InboxNotification> noticesOf(StaffMember member) {
        return inbox.latest(member.id(), 10);
    }

    @Test
    void issue13_item2_no_notice_while_a_mailbox_has_failed_for_15_minutes_or_less() {
        assertThat(checkAt(Duration.ofMinutes(15))).isZero();
        assertThat(noticesOf(owner)).isEmpty();
    }

    @Test
    void issue13_item2_after_15_minutes_each_active_owner_and_admin_is_told_once_with_a_link_to_the_mailboxes() {
        assertThat(checkAt(Duration.ofMinutes(15).plusSeconds(1))).isEqualTo(1);

        for (StaffMember told : List.of(owner, admin)) {
            assertThat(noticesOf(told)).singleElement().satisfies(notice -> {
                assertThat(notice.messageKey()).isEqualTo("inbox.mailbox-failing.WRONG_PASSWORD");
                assertThat(notice.arguments()).containsExactly("Office");
                assertThat(notice.link()).isEqualTo("settings/mailboxes");
            });
        }
        assertThat(noticesOf(employee)).isEmpty();
        assertThat(noticesOf(formerAdmin)).isEmpty();

        assertThat(checkAt(Duration.ofMinutes(30))).as("once per failing spell").isZero();
        assertThat(noticesOf(owner)).hasSize(1);
    }

    @Test
    void issue13_item2_a_new_failing_spell_after_a_success_is_told_again() {
        checkAt(Duration.ofMinutes(16));
        mailboxes.synced(office.id(), failedAt.plus(Duration.ofMinutes(20)), 0, 0);
        mailboxes.failed(office.id(), failedAt.plus(Duration.ofMinutes(21)), SyncError.HOST_UNREACHABLE);

        assertThat(checkAt(Duration.ofMinutes(30))).as("the new spell is 9 minutes old").isZero();
        assertThat(checkAt(Duration.ofMinutes(37))).isEqualTo(1);
        assertThat(noticesOf(admin)).extracting(InboxNotification::messageKey)
                .containsExactly("inbox.mailbox-failing.HOST_UNREACHABLE", "inbox.mailbox-failing.WRONG_PASSWORD");
    }
}
