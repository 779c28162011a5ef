package io.portico.application.firm.port.out;

import io.portico.application.shared.port.out.LoadFirmIdentityPort;
import io.portico.domain.firm.FirmIdentity;
import io.portico.domain.firm.FirmLogo;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Optional;

/** The firm's identity (issue 11, item 7), read fresh on every call: a rename shows at once everywhere. */
public interface FirmIdentityPort extends LoadFirmIdentityPort {

    /**
     * Saves everything but the logo, if {@code identity.version()} is still the stored one, and raises the version.
     * @throws io.portico.domain.shared.StaleRecordException when someone saved since it was loaded
     */
    void save(FirmIdentity identity, StaffId by, Instant at);

    Optional<FirmLogo> logo();

    /** Replaces (or, empty, removes) the logo and raises the version, so the logo's address changes with it. */
    void saveLogo(Optional<FirmLogo> logo, StaffId by, Instant at);
}
