package io.portico.application.twofactor;

import io.portico.application.twofactor.port.out.SignInSecurityPort;
import io.portico.domain.twofactor.TwoFactorRequirement;

public final class InMemorySignInSecurity implements SignInSecurityPort {

    private volatile TwoFactorRequirement requirement = TwoFactorRequirement.FOR_NEW_FIRMS;

    @Override
    public TwoFactorRequirement twoFactorRequirement() {
        return requirement;
    }

    @Override
    public void changeTwoFactorRequirement(TwoFactorRequirement changed) {
        requirement = changed;
    }
}
