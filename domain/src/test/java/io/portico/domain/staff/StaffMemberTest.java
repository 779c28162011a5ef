package io.portico.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import org.junit.jupiter.api.Test;

class StaffMemberTest {

    @Test
    void the_person_who_sets_up_the_firm_is_an_active_owner() {
        var owner = StaffMember.owner(new PersonName("Anna", "Bianchi"), new EmailAddress("anna@studio.it"));
        assertThat(owner.role()).isEqualTo(StaffRole.OWNER);
        assertThat(owner.active()).isTrue();
        assertThat(owner.name().full()).isEqualTo("Anna Bianchi");
        assertThat(owner.email()).isEqualTo(new EmailAddress("anna@studio.it"));
    }

    @Test
    void issue10_2_an_invited_colleague_is_not_active_until_they_accept() {
        var marco = StaffMember.invited(new PersonName("Marco", "Verdi"), new EmailAddress("marco@studio.it"), StaffRole.EMPLOYEE);
        assertThat(marco.status()).isEqualTo(StaffStatus.INVITED);
        assertThat(marco.active()).isFalse();
        assertThat(marco.withStatus(StaffStatus.ACTIVE).active()).isTrue();
        assertThat(marco.withStatus(StaffStatus.DEACTIVATED).active()).isFalse();
        assertThatThrownBy(() -> StaffMember.invited(marco.name(), marco.email(), StaffRole.OWNER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void issue10_a_change_keeps_everything_else() {
        var marco = StaffMember.invited(new PersonName("Marco", "Verdi"), new EmailAddress("marco@studio.it"), StaffRole.EMPLOYEE);
        var admin = marco.withRole(StaffRole.ADMIN);
        assertThat(admin).isEqualTo(new StaffMember(marco.id(), marco.name(), marco.email(), StaffRole.ADMIN, StaffStatus.INVITED));
        var renamed = marco.withName(new PersonName("Marco", "Rossi"));
        assertThat(renamed).isEqualTo(new StaffMember(marco.id(), new PersonName("Marco", "Rossi"), marco.email(),
                StaffRole.EMPLOYEE, StaffStatus.INVITED));
    }
}
