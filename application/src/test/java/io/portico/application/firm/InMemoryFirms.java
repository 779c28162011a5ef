package io.portico.application.firm;

import io.portico.application.firm.port.out.FirmPort;
import io.portico.domain.firm.Firm;
import io.portico.domain.firm.FirmAlreadySetUpException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

public final class InMemoryFirms implements FirmPort {

    private final AtomicReference<Firm> firm = new AtomicReference<>();

    @Override
    public Optional<Firm> load() {
        return Optional.ofNullable(firm.get());
    }

    @Override
    public void create(Firm newFirm) {
        if (!firm.compareAndSet(null, newFirm)) {
            throw new FirmAlreadySetUpException();
        }
    }
}
