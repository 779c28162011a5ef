package io.portico.application.twofactor;

import io.portico.application.twofactor.port.out.SignInSecurityPort;

class InMemorySignInSecurityTest extends SignInSecurityPortContract {

    private final InMemorySignInSecurity settings = new InMemorySignInSecurity();

    @Override
    protected SignInSecurityPort settings() {
        return settings;
    }
}
