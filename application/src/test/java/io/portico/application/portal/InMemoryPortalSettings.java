package io.portico.application.portal;

import io.portico.application.portal.port.out.PortalSettingsPort;
import io.portico.domain.portal.PortalSettings;
import java.util.concurrent.atomic.AtomicReference;

public final class InMemoryPortalSettings implements PortalSettingsPort {

    private final AtomicReference<PortalSettings> settings = new AtomicReference<>(PortalSettings.DEFAULT);

    @Override
    public PortalSettings load() {
        return settings.get();
    }

    @Override
    public void save(PortalSettings changed) {
        settings.set(changed);
    }
}
