package io.portico.application.firm;

import io.portico.application.firm.port.out.FirmIdentityPort;
import io.portico.application.firm.port.out.FirmPort;
import io.portico.domain.firm.Firm;
import io.portico.domain.firm.FirmAlreadySetUpException;
import io.portico.domain.firm.FirmIdentity;
import io.portico.domain.firm.FirmLogo;
import io.portico.domain.shared.StaleRecordException;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Optional;

/** The firm's row: the firm itself and its identity (issue 11, item 7), which share the name. */
public final class InMemoryFirms implements FirmPort, FirmIdentityPort {

    private Firm firm;
    private FirmIdentity identity;
    private FirmLogo logo;
    private Instant changedAt;

    @Override
    public synchronized Optional<Firm> load() {
        return Optional.ofNullable(firm).map(f -> new Firm(f.id(), identity.name(), f.createdAt()));
    }

    @Override
    public synchronized void create(Firm newFirm) {
        if (firm != null) {
            throw new FirmAlreadySetUpException();
        }
        firm = newFirm;
        identity = FirmIdentity.named(newFirm.name());
        changedAt = newFirm.createdAt();
    }

    @Override
    public synchronized Optional<FirmIdentity> identity() {
        return Optional.ofNullable(identity);
    }

    @Override
    public synchronized void save(FirmIdentity changed, StaffId by, Instant at) {
        if (changed.version() != identity.version()) {
            throw new StaleRecordException(by.value().toString(), changedAt);
        }
        identity = changed.withLogo(identity.hasLogo()).withVersion(changed.version() + 1);
        changedAt = at;
    }

    @Override
    public synchronized Optional<FirmLogo> logo() {
        return Optional.ofNullable(logo);
    }

    @Override
    public synchronized void saveLogo(Optional<FirmLogo> newLogo, StaffId by, Instant at) {
        logo = newLogo.orElse(null);
        identity = identity.withLogo(newLogo.isPresent()).withVersion(identity.version() + 1);
        changedAt = at;
    }
}
