package io.portico.application.retention;

import io.portico.application.firm.InMemoryFirms;
import io.portico.application.firm.port.out.FirmPort;
import io.portico.application.retention.port.out.RetentionSettingsPort;

class InMemoryRetentionSettingsTest extends RetentionSettingsPortContract {

    private final InMemoryFirms firms = new InMemoryFirms();
    private final InMemoryRetentionSettings settings = new InMemoryRetentionSettings(firms);

    @Override
    protected FirmPort firms() {
        return firms;
    }

    @Override
    protected RetentionSettingsPort settings() {
        return settings;
    }
}
