package io.portico.application.shared.port.out;

import io.portico.domain.firm.FirmIdentity;
import java.util.Optional;

/**
 * The firm's identity as mails and languages need it (issue 11, items 3, 6, 7), read fresh on every call. Shared, so
 * that features the firm's own feature depends on (mail, through staff) can read it without a cycle.
 */
public interface LoadFirmIdentityPort {

    /** Empty before setup. */
    Optional<FirmIdentity> identity();
}
