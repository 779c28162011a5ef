package io.portico.application.staff.port.out;

import io.portico.domain.firm.FirmName;
import java.util.Optional;

/** The firm's name, which a staff invitation names; none before setup. */
public interface FirmNamePort {

    Optional<FirmName> firmName();
}
