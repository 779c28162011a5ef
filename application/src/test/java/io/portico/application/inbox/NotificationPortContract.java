package io.portico.application.inbox;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.inbox.InboxNotification;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link NotificationPort} does; each test starts with nothing stored. */
public abstract class NotificationPortContract {

    protected abstract StaffPort staff();

    protected abstract NotificationPort notifications();

    private StaffMember anna;
    private StaffMember marco;

    @BeforeEach
    void staffExists() {
        anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        marco = AccountFixtures.staff(staff(), "Marco", "Verdi", StaffRole.EMPLOYEE);
    }

    private InboxNotification note(StaffMember to, int secondsLater) {
        var n = InboxNotification.unread(to.id(), "inbox.team-assigned", List.of("Anna Bianchi", "Rossi " + secondsLater),
                "account/1", NOW.plusSeconds(secondsLater));
        notifications().add(n);
        return n;
    }

    @Test
    void A6_a_members_notifications_are_newest_first_and_only_theirs() {
        var first = note(marco, 0);
        var second = note(marco, 10);
        note(anna, 5);
        assertThat(notifications().latest(marco.id(), 10)).containsExactly(second, first);
        assertThat(notifications().unread(marco.id())).isEqualTo(2);
    }

    @Test
    void a_notification_is_marked_read_only_by_its_recipient() {
        var first = note(marco, 0);
        notifications().markRead(anna.id(), first.id(), NOW.plusSeconds(30));
        assertThat(notifications().unread(marco.id())).isEqualTo(1);
        notifications().markRead(marco.id(), first.id(), NOW.plusSeconds(30));
        assertThat(notifications().unread(marco.id())).isZero();
        assertThat(notifications().latest(marco.id(), 1).getFirst().readAt()).contains(NOW.plusSeconds(30));
    }
}
