package io.portico.application.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import org.junit.jupiter.api.Test;

/** Issue 13, item 8: the signed-in member's switch for Inbox+ notices of new synced mail. */
class SyncedMailMuteServiceTest {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final SyncedMailMuteService service = new SyncedMailMuteService(new InMemorySyncedMailMutes(staff));

    @Test
    void issue13_item8_a_member_mutes_and_unmutes_only_their_own_notices() {
        StaffMember anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.EMPLOYEE);
        StaffMember luca = AccountFixtures.staff(staff, "Luca", "Neri", StaffRole.EMPLOYEE);

        service.mute(anna.id(), true);
        assertThat(service.muted(anna.id())).isTrue();
        assertThat(service.muted(luca.id())).isFalse();

        service.mute(anna.id(), false);
        assertThat(service.muted(anna.id())).isFalse();
    }
}
