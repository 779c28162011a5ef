package io.portico.ui.support;

import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.firm.port.in.SetUpFirmCommand;
import io.portico.application.firm.port.in.SetUpFirmUseCase;

/** The firm most view tests run in: Studio Bianchi, owned by Anna Bianchi. */
public final class TestFirm {

    public static final String NAME = "Studio Bianchi";
    public static final String OWNER_EMAIL = "anna@studio-bianchi.it";
    public static final String OWNER_PASSWORD = "tax season never ends";

    private TestFirm() {
    }

    public static void ensure(FirmQuery firm, SetUpFirmUseCase setUp) {
        if (!firm.isSetUp()) {
            setUp.setUp(SetUpFirmCommand.of(NAME, "Anna", "Bianchi", OWNER_EMAIL, OWNER_PASSWORD));
        }
    }
}
