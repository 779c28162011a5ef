package io.portico.application.firm;

import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.firm.port.out.FirmPort;
import io.portico.domain.firm.Firm;
import java.util.Optional;

/**
 * Every page asks whether setup is done; once it is, that answer is kept, as the firm never goes away. The firm
 * itself is read on each call: it can be renamed (issue 11, item 7), and the new name shows at once.
 */
public final class FirmQueryService implements FirmQuery {

    private final FirmPort firms;
    private volatile boolean setUp;

    public FirmQueryService(FirmPort firms) {
        this.firms = firms;
    }

    @Override
    public Optional<Firm> firm() {
        return firms.load();
    }

    @Override
    public boolean isSetUp() {
        if (!setUp) {
            setUp = firms.load().isPresent();
        }
        return setUp;
    }
}
