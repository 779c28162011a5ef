package io.portico.application.portal;

import io.portico.application.portal.port.out.PortalPasswordResetPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.port.out.Transactions;

class InMemoryPortalPasswordResetsTest extends PortalPasswordResetPortContract {

    private final InMemoryPortalUsers users = new InMemoryPortalUsers();
    private final InMemoryPortalPasswordResets resets = new InMemoryPortalPasswordResets();

    @Override
    protected PortalUserPort users() {
        return users;
    }

    @Override
    protected PortalPasswordResetPort resets() {
        return resets;
    }

    @Override
    protected Transactions transactions() {
        return new DirectTransactions();
    }
}
