package io.portico.application.session;

import io.portico.application.portal.InMemoryPortalUsers;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.session.port.out.CredentialEpochPort;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.port.out.StaffPort;

class InMemoryCredentialEpochsTest extends CredentialEpochPortContract {

    private final InMemoryCredentialEpochs epochs = new InMemoryCredentialEpochs();
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryPortalUsers users = new InMemoryPortalUsers();

    @Override
    protected CredentialEpochPort epochs() {
        return epochs;
    }

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Override
    protected PortalUserPort users() {
        return users;
    }
}
