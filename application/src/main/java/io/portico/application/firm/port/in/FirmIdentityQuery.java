package io.portico.application.firm.port.in;

import io.portico.domain.firm.FirmIdentity;
import io.portico.domain.firm.FirmLogo;
import java.util.Optional;

/**
 * The firm's identity as the portal's pages, the logo's public address and Settings → Firm show it; read fresh
 * on every call (no cache), so a rename shows on the next page. Public: the sign-in page needs it.
 */
public interface FirmIdentityQuery {

    /** Empty before setup. */
    Optional<FirmIdentity> identity();

    Optional<FirmLogo> logo();
}
