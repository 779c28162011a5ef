package io.portico.application.portal.port.in;

import io.portico.domain.portal.PortalSettings;

/** G3, B9: the firm's portal settings as saved; the defaults until changed. */
public interface PortalSettingsQuery {

    PortalSettings settings();
}
