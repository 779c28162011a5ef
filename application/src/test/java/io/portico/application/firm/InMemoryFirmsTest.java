package io.portico.application.firm;

import io.portico.application.firm.port.out.FirmPort;

class InMemoryFirmsTest extends FirmPortContract {

    private final InMemoryFirms firms = new InMemoryFirms();

    @Override
    protected FirmPort firms() {
        return firms;
    }
}
