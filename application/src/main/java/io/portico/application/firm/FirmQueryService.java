package io.portico.application.firm;

import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.firm.port.out.FirmPort;
import io.portico.domain.firm.Firm;
import java.util.Optional;

/** Every page asks whether setup is done; the firm never goes away, so once found it is kept. */
public final class FirmQueryService implements FirmQuery {

    private final FirmPort firms;
    private volatile Firm known;

    public FirmQueryService(FirmPort firms) {
        this.firms = firms;
    }

    @Override
    public Optional<Firm> firm() {
        if (known == null) {
            firms.load().ifPresent(firm -> known = firm);
        }
        return Optional.ofNullable(known);
    }
}
