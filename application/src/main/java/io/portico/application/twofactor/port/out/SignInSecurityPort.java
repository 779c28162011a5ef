package io.portico.application.twofactor.port.out;

import io.portico.domain.twofactor.TwoFactorRequirement;

/** The firm's sign-in security settings. */
public interface SignInSecurityPort {

    TwoFactorRequirement twoFactorRequirement();

    void changeTwoFactorRequirement(TwoFactorRequirement requirement);
}
