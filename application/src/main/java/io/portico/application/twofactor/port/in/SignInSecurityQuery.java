package io.portico.application.twofactor.port.in;

import io.portico.domain.twofactor.TwoFactorRequirement;

public interface SignInSecurityQuery {

    TwoFactorRequirement twoFactorRequirement();
}
