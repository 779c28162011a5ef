package io.portico.application.portal;

import io.portico.application.portal.port.out.PortalSettingsPort;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.port.out.StaffPort;

class InMemoryPortalSettingsTest extends PortalSettingsPortContract {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryPortalSettings settings = new InMemoryPortalSettings();

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Override
    protected PortalSettingsPort settings() {
        return settings;
    }
}
