package io.portico.application.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.twofactor.port.out.SignInSecurityPort;
import io.portico.domain.twofactor.TwoFactorRequirement;
import org.junit.jupiter.api.Test;

/** What every {@link SignInSecurityPort} does; each test starts with a newly set-up firm. */
public abstract class SignInSecurityPortContract {

    protected abstract SignInSecurityPort settings();

    @Test
    void issue10_7_a_new_firm_requires_two_factor_of_owner_and_admins() {
        assertThat(settings().twoFactorRequirement()).isEqualTo(TwoFactorRequirement.OWNER_AND_ADMINS);
    }

    @Test
    void issue10_7_the_requirement_is_changed() {
        settings().changeTwoFactorRequirement(TwoFactorRequirement.ALL_STAFF);
        assertThat(settings().twoFactorRequirement()).isEqualTo(TwoFactorRequirement.ALL_STAFF);
        settings().changeTwoFactorRequirement(TwoFactorRequirement.NOBODY);
        assertThat(settings().twoFactorRequirement()).isEqualTo(TwoFactorRequirement.NOBODY);
    }
}
