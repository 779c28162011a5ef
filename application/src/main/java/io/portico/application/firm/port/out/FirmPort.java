package io.portico.application.firm.port.out;

import io.portico.domain.firm.Firm;
import java.util.Optional;

public interface FirmPort {

    Optional<Firm> load();

    /** @throws io.portico.domain.firm.FirmAlreadySetUpException when a firm exists, also when created concurrently */
    void create(Firm firm);
}
