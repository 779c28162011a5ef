package io.portico.application.firm;

import io.portico.application.firm.port.out.FirmIdentityPort;
import io.portico.application.firm.port.out.FirmPort;
import io.portico.domain.staff.StaffId;

class InMemoryFirmIdentityTest extends FirmIdentityPortContract {

    private final InMemoryFirms firms = new InMemoryFirms();

    @Override
    protected FirmPort firms() {
        return firms;
    }

    @Override
    protected FirmIdentityPort identities() {
        return firms;
    }

    @Override
    protected StaffId someone() {
        return StaffId.random();
    }
}
