package io.portico.application.firm.port.in;

import io.portico.domain.firm.Firm;
import java.util.Optional;

public interface FirmQuery {

    Optional<Firm> firm();

    default boolean isSetUp() {
        return firm().isPresent();
    }
}
