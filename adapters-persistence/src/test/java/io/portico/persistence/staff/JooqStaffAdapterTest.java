package io.portico.persistence.staff;

import static io.portico.persistence.jooq.Tables.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.staff.StaffPortContract;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.PersonName;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffRole;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqStaffAdapterTest extends StaffPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = new JooqStaffAdapter(postgres.dsl());

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Test
    void a_member_is_loaded_back_with_role_and_status() {
        var marco = new StaffMember(StaffId.random(), new PersonName("Marco", "Verdi"), new EmailAddress("marco@studio.it"),
                StaffRole.EMPLOYEE, io.portico.domain.staff.StaffStatus.DEACTIVATED);
        staff.add(marco, "hash");
        assertThat(staff.findByEmail(marco.email())).contains(marco);
    }

    @Test
    void capitals_beyond_ascii_are_ignored_too() {
        StaffMember elise = owner("Élise@studio.it");
        staff.add(elise, "hash");
        assertThat(staff.findByEmail(new EmailAddress("élise@studio.it"))).contains(elise);
        assertThatThrownBy(() -> staff.add(owner("ÉLISE@studio.it"), "hash")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_taken_address_is_reported_on_the_email_field() {
        staff.add(owner("anna@studio.it"), "hash-1");
        assertThatThrownBy(() -> staff.add(owner("Anna@Studio.it"), "hash-2"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("email.taken"));
    }

    @Test
    void changing_the_password_hash_bumps_the_version() {
        StaffMember anna = owner("anna@studio.it");
        staff.add(anna, "hash-1");
        staff.changePasswordHash(anna.id(), "hash-2");
        assertThat(postgres.dsl().fetchValue(STAFF.VERSION, STAFF.ID.eq(anna.id().value()))).isEqualTo(1L);
    }

    @Test
    void G2_granting_rights_replaces_the_previous_ones() {
        StaffMember anna = owner("anna@studio.it");
        staff.add(anna, "hash");
        staff.grantRights(anna.id(), Set.of(StaffRight.MANAGE_ACCOUNTS, StaffRight.VIEW_ALL_ACCOUNTS));
        staff.grantRights(anna.id(), Set.of(StaffRight.VIEW_ALL_ACCOUNTS));
        assertThat(staff.rights(anna.id())).containsExactly(StaffRight.VIEW_ALL_ACCOUNTS);
        assertThat(staff.rights(StaffId.random())).isEmpty();
    }
}
