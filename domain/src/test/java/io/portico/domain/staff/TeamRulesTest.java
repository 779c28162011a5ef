package io.portico.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.shared.PersonName;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 10, items 2–4 (G2, G3): who may change whom. */
class TeamRulesTest {

    private static StaffMember member(StaffRole role, StaffStatus status) {
        return new StaffMember(StaffId.random(), new PersonName("Anna", "Bianchi"), new EmailAddress("a@studio.it"), role, status);
    }

    private final StaffMember owner = member(StaffRole.OWNER, StaffStatus.ACTIVE);
    private final StaffMember admin = member(StaffRole.ADMIN, StaffStatus.ACTIVE);
    private final StaffMember employee = member(StaffRole.EMPLOYEE, StaffStatus.ACTIVE);

    @Test
    void issue10_only_active_owners_and_admins_manage_the_team() {
        assertThatCode(() -> TeamRules.requireAdministers(owner)).doesNotThrowAnyException();
        assertThatCode(() -> TeamRules.requireAdministers(admin)).doesNotThrowAnyException();
        assertThatThrownBy(() -> TeamRules.requireAdministers(employee)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> TeamRules.requireAdministers(member(StaffRole.ADMIN, StaffStatus.DEACTIVATED)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> TeamRules.requireAdministers(member(StaffRole.OWNER, StaffStatus.INVITED)))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void issue10_3_nobody_changes_the_owner_or_themselves() {
        assertThatCode(() -> TeamRules.requireMayChange(admin, employee)).doesNotThrowAnyException();
        assertThatCode(() -> TeamRules.requireMayChange(owner, admin)).doesNotThrowAnyException();
        assertThatThrownBy(() -> TeamRules.requireMayChange(admin, owner)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> TeamRules.requireMayChange(owner, owner)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> TeamRules.requireMayChange(admin, admin)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> TeamRules.requireMayChange(employee, admin)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void issue10_3_nobody_is_made_owner_but_by_handing_ownership_on() {
        assertThatThrownBy(() -> TeamRules.requireGrantable(StaffRole.OWNER)).isInstanceOf(NotAllowedException.class);
        assertThatCode(() -> TeamRules.requireGrantable(StaffRole.ADMIN)).doesNotThrowAnyException();
        assertThatCode(() -> TeamRules.requireGrantable(StaffRole.EMPLOYEE)).doesNotThrowAnyException();
    }

    @Test
    void issue10_3_only_the_active_owner_hands_ownership_and_only_to_an_active_admin() {
        assertThatCode(() -> TeamRules.requireMayHandOwnership(owner, admin)).doesNotThrowAnyException();
        assertThatThrownBy(() -> TeamRules.requireMayHandOwnership(admin, admin)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> TeamRules.requireMayHandOwnership(member(StaffRole.OWNER, StaffStatus.DEACTIVATED), admin))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> TeamRules.requireMayHandOwnership(owner, employee)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> TeamRules.requireMayHandOwnership(owner, member(StaffRole.ADMIN, StaffStatus.DEACTIVATED)))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void issue10_2_rights_are_kept_for_employees_only() {
        Set<StaffRight> rights = Set.of(StaffRight.MANAGE_ACCOUNTS, StaffRight.DEFAULT_ACCOUNT_ACCESS);
        assertThat(TeamRules.rightsFor(StaffRole.EMPLOYEE, rights)).isEqualTo(rights);
        assertThat(TeamRules.rightsFor(StaffRole.ADMIN, rights)).isEmpty();
        assertThat(TeamRules.rightsFor(StaffRole.OWNER, rights)).isEmpty();
    }
}
