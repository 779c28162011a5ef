package io.portico.application.staff.port.out;

import io.portico.domain.firm.FirmName;
import java.util.Optional;

/** The firm's name, which a staff invitation names and no member's password may contain (issue 10 item 9); empty before setup. */
public interface FirmNamePort {

    Optional<FirmName> firmName();
}
