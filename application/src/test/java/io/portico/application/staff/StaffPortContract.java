package io.portico.application.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.PersonName;
import io.portico.domain.staff.StaffMember;
import org.junit.jupiter.api.Test;

/** What every {@link StaffPort} does; each test starts with no staff. */
public abstract class StaffPortContract {

    protected abstract StaffPort staff();

    protected static StaffMember owner(String email) {
        return StaffMember.owner(new PersonName("Anna", "Bianchi"), new EmailAddress(email));
    }

    @Test
    void a_member_is_found_by_email_whatever_its_capitals() {
        StaffMember anna = owner("Anna.Bianchi@studio.it");
        staff().add(anna, "hash-1");
        assertThat(staff().findByEmail(new EmailAddress("anna.bianchi@STUDIO.it"))).contains(anna);
        assertThat(staff().findByEmail(new EmailAddress("someone@studio.it"))).isEmpty();
    }

    @Test
    void the_password_hash_is_stored_and_can_be_changed() {
        StaffMember anna = owner("anna@studio.it");
        staff().add(anna, "hash-1");
        assertThat(staff().passwordHash(anna.id())).contains("hash-1");
        staff().changePasswordHash(anna.id(), "hash-2");
        assertThat(staff().passwordHash(anna.id())).contains("hash-2");
    }

    @Test
    void one_address_belongs_to_one_staff_member() {
        staff().add(owner("anna@studio.it"), "hash-1");
        assertThatThrownBy(() -> staff().add(owner("ANNA@studio.it"), "hash-2"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void a_member_is_found_by_id() {
        StaffMember anna = owner("anna@studio.it");
        staff().add(anna, "hash-1");
        assertThat(staff().findById(anna.id())).contains(anna);
        assertThat(staff().findById(io.portico.domain.staff.StaffId.random())).isEmpty();
    }

    @Test
    void G2_an_employees_rights_are_kept() {
        StaffMember marco = new StaffMember(io.portico.domain.staff.StaffId.random(), new PersonName("Marco", "Verdi"),
                new EmailAddress("marco@studio.it"), io.portico.domain.staff.StaffRole.EMPLOYEE, io.portico.domain.staff.StaffStatus.ACTIVE);
        staff().add(marco, "hash");
        assertThat(staff().rights(marco.id())).isEmpty();
        staff().grantRights(marco.id(), java.util.Set.of(io.portico.domain.staff.StaffRight.MANAGE_ACCOUNTS));
        assertThat(staff().rights(marco.id())).containsExactly(io.portico.domain.staff.StaffRight.MANAGE_ACCOUNTS);
        staff().grantRights(marco.id(), java.util.EnumSet.allOf(io.portico.domain.staff.StaffRight.class));
        assertThat(staff().rights(marco.id())).as("issue 10: every right can be held")
                .containsExactlyInAnyOrder(io.portico.domain.staff.StaffRight.values());
    }

    @Test
    void A6_the_active_staff_are_listed_by_last_name() {
        staff().add(new StaffMember(io.portico.domain.staff.StaffId.random(), new PersonName("Marco", "Verdi"),
                new EmailAddress("marco@studio.it"), io.portico.domain.staff.StaffRole.EMPLOYEE, io.portico.domain.staff.StaffStatus.ACTIVE), "h");
        staff().add(new StaffMember(io.portico.domain.staff.StaffId.random(), new PersonName("Gino", "Andati"),
                new EmailAddress("gino@studio.it"), io.portico.domain.staff.StaffRole.EMPLOYEE, io.portico.domain.staff.StaffStatus.DEACTIVATED), "h");
        staff().add(owner("anna@studio.it"), "h");
        assertThat(staff().active()).extracting(m -> m.name().full()).containsExactly("Anna Bianchi", "Marco Verdi");
    }

    @Test
    void issue10_an_invited_member_has_no_password_and_takes_the_address() {
        StaffMember marco = StaffMember.invited(new PersonName("Marco", "Verdi"), new EmailAddress("marco@studio.it"),
                io.portico.domain.staff.StaffRole.EMPLOYEE);
        staff().addInvited(marco);
        assertThat(staff().findById(marco.id())).contains(marco);
        assertThat(staff().passwordHash(marco.id())).isEmpty();
        assertThat(staff().active()).isEmpty();
        assertThatThrownBy(() -> staff().add(owner("MARCO@studio.it"), "h"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void issue10_name_role_and_status_are_saved() {
        StaffMember marco = StaffMember.invited(new PersonName("Marco", "Verdi"), new EmailAddress("marco@studio.it"),
                io.portico.domain.staff.StaffRole.EMPLOYEE);
        staff().addInvited(marco);
        staff().changePasswordHash(marco.id(), "hash");
        StaffMember changed = marco.withName(new PersonName("Marco", "Rossi")).withRole(io.portico.domain.staff.StaffRole.ADMIN)
                .withStatus(io.portico.domain.staff.StaffStatus.ACTIVE);
        staff().save(changed);
        assertThat(staff().findById(marco.id())).contains(changed);
        assertThat(staff().passwordHash(marco.id())).contains("hash");
    }

    @Test
    void issue10_only_an_invited_member_is_removed() {
        StaffMember anna = owner("anna@studio.it");
        staff().add(anna, "h");
        StaffMember marco = StaffMember.invited(new PersonName("Marco", "Verdi"), new EmailAddress("marco@studio.it"),
                io.portico.domain.staff.StaffRole.EMPLOYEE);
        staff().addInvited(marco);
        staff().removeInvited(anna.id());
        staff().removeInvited(marco.id());
        assertThat(staff().all()).containsExactly(anna);
    }

    @Test
    void issue10_every_member_is_listed_by_last_name_whatever_their_status() {
        staff().add(owner("anna@studio.it"), "h");
        StaffMember marco = StaffMember.invited(new PersonName("Marco", "Abate"), new EmailAddress("marco@studio.it"),
                io.portico.domain.staff.StaffRole.EMPLOYEE);
        staff().addInvited(marco);
        assertThat(staff().all()).extracting(m -> m.name().full()).containsExactly("Marco Abate", "Anna Bianchi");
    }

    @Test
    void issue10_the_last_sign_in_is_kept() {
        StaffMember anna = owner("anna@studio.it");
        staff().add(anna, "h");
        assertThat(staff().lastSignIn(anna.id())).isEmpty();
        java.time.Instant at = java.time.Instant.parse("2026-04-01T09:00:00Z");
        staff().recordSignIn(anna.id(), at);
        staff().recordSignIn(io.portico.domain.staff.StaffId.random(), at);
        assertThat(staff().lastSignIn(anna.id())).contains(at);
        assertThat(staff().lastSignIn(io.portico.domain.staff.StaffId.random())).isEmpty();
    }
}
