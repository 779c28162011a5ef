package io.portico.domain.twofactor;

import static io.portico.domain.staff.StaffRole.ADMIN;
import static io.portico.domain.staff.StaffRole.EMPLOYEE;
import static io.portico.domain.staff.StaffRole.OWNER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TwoFactorRequirementTest {

    @Test
    void issue10_7_new_firms_require_it_of_owner_and_admins() {
        assertThat(TwoFactorRequirement.FOR_NEW_FIRMS).isEqualTo(TwoFactorRequirement.OWNER_AND_ADMINS);
    }

    @Test
    void issue10_7_owner_and_admins_means_not_employees() {
        assertThat(TwoFactorRequirement.OWNER_AND_ADMINS.requires(OWNER)).isTrue();
        assertThat(TwoFactorRequirement.OWNER_AND_ADMINS.requires(ADMIN)).isTrue();
        assertThat(TwoFactorRequirement.OWNER_AND_ADMINS.requires(EMPLOYEE)).isFalse();
    }

    @Test
    void issue10_7_all_staff_means_everyone() {
        assertThat(TwoFactorRequirement.ALL_STAFF.requires(OWNER)).isTrue();
        assertThat(TwoFactorRequirement.ALL_STAFF.requires(ADMIN)).isTrue();
        assertThat(TwoFactorRequirement.ALL_STAFF.requires(EMPLOYEE)).isTrue();
    }

    @Test
    void issue10_7_nobody_means_nobody() {
        assertThat(TwoFactorRequirement.NOBODY.requires(OWNER)).isFalse();
        assertThat(TwoFactorRequirement.NOBODY.requires(ADMIN)).isFalse();
        assertThat(TwoFactorRequirement.NOBODY.requires(EMPLOYEE)).isFalse();
    }
}
