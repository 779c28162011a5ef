package io.portico.application.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.staff.port.in.StaffSummary;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import org.junit.jupiter.api.Test;

class StaffDirectoryServiceTest {

    @Test
    void A6_the_team_can_be_chosen_among_the_active_staff_by_full_name() {
        var staff = new InMemoryStaff();
        var anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        staff.add(new StaffMember(StaffId.random(), new PersonName("Gino", "Neri"), new EmailAddress("gino@studio.it"),
                StaffRole.EMPLOYEE, io.portico.domain.staff.StaffStatus.DEACTIVATED), "hash");

        assertThat(new StaffDirectoryService(staff).activeStaff()).containsExactly(new StaffSummary(anna.id(), "Anna Bianchi"));
    }
}
