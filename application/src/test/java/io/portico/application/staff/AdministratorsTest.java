package io.portico.application.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.StaffStatus;
import org.junit.jupiter.api.Test;

class AdministratorsTest {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final Administrators administrators = new Administrators(staff);

    @Test
    void G3_the_firms_notices_go_to_every_active_owner_and_admin_the_owner_first() {
        StaffMember aldo = AccountFixtures.staff(staff, "Aldo", "Admin", StaffRole.ADMIN);
        AccountFixtures.staff(staff, "Paola", "Neri", StaffRole.EMPLOYEE);
        StaffMember anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        StaffMember gone = AccountFixtures.staff(staff, "Gino", "Gone", StaffRole.ADMIN);
        staff.save(new StaffMember(gone.id(), gone.name(), gone.email(), StaffRole.ADMIN, StaffStatus.DEACTIVATED));

        assertThat(administrators.everyone()).containsExactly(anna.id(), aldo.id());
    }

    @Test
    void G3_only_an_active_owner_or_admin_administers_and_a_demotion_applies_at_once() {
        StaffMember aldo = AccountFixtures.staff(staff, "Aldo", "Admin", StaffRole.ADMIN);
        StaffMember paola = AccountFixtures.staff(staff, "Paola", "Neri", StaffRole.EMPLOYEE);

        assertThat(administrators.administers(aldo.id())).isTrue();
        assertThat(administrators.administers(paola.id())).isFalse();
        assertThatThrownBy(() -> administrators.require(paola.id(), "settings")).isInstanceOf(NotAllowedException.class);

        staff.save(new StaffMember(aldo.id(), aldo.name(), aldo.email(), StaffRole.EMPLOYEE, aldo.status()));
        assertThat(administrators.administers(aldo.id())).isFalse();
        assertThat(administrators.everyone()).isEmpty();
    }
}
