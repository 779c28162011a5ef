package io.portico.application.portal.port.out;

import io.portico.domain.portal.PortalSettings;

/** The firm's portal settings; the defaults until the firm changes them. */
public interface PortalSettingsPort {

    PortalSettings load();

    void save(PortalSettings settings);
}
