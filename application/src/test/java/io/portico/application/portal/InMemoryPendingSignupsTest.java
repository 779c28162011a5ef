package io.portico.application.portal;

import io.portico.application.portal.port.out.PendingSignupPort;

class InMemoryPendingSignupsTest extends PendingSignupPortContract {

    private final InMemoryPendingSignups pending = new InMemoryPendingSignups();

    @Override
    protected PendingSignupPort pending() {
        return pending;
    }
}
