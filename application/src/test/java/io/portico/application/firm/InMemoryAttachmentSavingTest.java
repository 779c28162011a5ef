package io.portico.application.firm;

import io.portico.application.firm.port.out.AttachmentSavingPort;
import io.portico.application.firm.port.out.FirmPort;

class InMemoryAttachmentSavingTest extends AttachmentSavingPortContract {

    private final InMemoryFirms firms = new InMemoryFirms();
    private final InMemoryAttachmentSaving setting = new InMemoryAttachmentSaving(firms);

    @Override
    protected FirmPort firms() {
        return firms;
    }

    @Override
    protected AttachmentSavingPort setting() {
        return setting;
    }
}
