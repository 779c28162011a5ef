package io.portico.application.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.portal.InMemoryPortalSettings;
import io.portico.application.portal.SignupTeam;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.StaffStatus;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefaultAccountAccessTest {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final DefaultAccountAccess defaultAccess = new DefaultAccountAccess(staff);

    @Test
    void issue10_2_employees_with_default_account_access_join_every_new_team_while_active() {
        var anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        var carla = AccountFixtures.staff(staff, "Carla", "Deri", StaffRole.EMPLOYEE);
        var gino = AccountFixtures.staff(staff, "Gino", "Neri", StaffRole.EMPLOYEE);
        var lina = AccountFixtures.staff(staff, "Lina", "Bassi", StaffRole.EMPLOYEE);
        staff.grantRights(carla.id(), Set.of(StaffRight.DEFAULT_ACCOUNT_ACCESS));
        staff.grantRights(gino.id(), Set.of(StaffRight.DEFAULT_ACCOUNT_ACCESS));
        staff.grantRights(lina.id(), Set.of(StaffRight.VIEW_ALL_ACCOUNTS));
        staff.save(gino.withStatus(StaffStatus.DEACTIVATED));

        assertThat(defaultAccess.joining(Set.of(anna.id()))).containsExactlyInAnyOrder(anna.id(), carla.id());
        assertThat(defaultAccess.joining(Set.of(carla.id()))).containsExactly(carla.id());
    }

    @Test
    void issue10_2_they_join_self_signed_up_accounts_too() {
        var anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        var carla = AccountFixtures.staff(staff, "Carla", "Deri", StaffRole.EMPLOYEE);
        staff.grantRights(carla.id(), Set.of(StaffRight.DEFAULT_ACCOUNT_ACCESS));

        var chosen = new SignupTeam(new InMemoryPortalSettings(), staff).now();

        assertThat(chosen.members()).containsExactlyInAnyOrder(anna.id(), carla.id());
        assertThat(chosen.recordedBy()).isEqualTo(anna.id());
    }
}
