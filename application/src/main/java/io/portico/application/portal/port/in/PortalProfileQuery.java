package io.portico.application.portal.port.in;

import io.portico.domain.portal.PortalUserId;
import java.util.Optional;

/** B7: My profile in the portal. */
public interface PortalProfileQuery {

    Optional<PortalProfile> profile(PortalUserId user);
}
