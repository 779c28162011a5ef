package io.portico.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;

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
}
