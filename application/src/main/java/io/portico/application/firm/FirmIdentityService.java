package io.portico.application.firm;

import io.portico.application.firm.port.in.ChangeFirmIdentityCommand;
import io.portico.application.firm.port.in.ChangeFirmIdentityUseCase;
import io.portico.application.firm.port.in.FirmIdentityQuery;
import io.portico.application.firm.port.out.FirmIdentityPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.Administrators;
import io.portico.domain.firm.FirmIdentity;
import io.portico.domain.firm.FirmLogo;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.util.Optional;

/** Issue 11, item 7: Settings → Firm, kept by owners and admins, and the identity everyone else is shown. */
public final class FirmIdentityService implements ChangeFirmIdentityUseCase, FirmIdentityQuery {

    private final FirmIdentityPort firm;
    private final Administrators administrators;
    private final Transactions transactions;
    private final Clock clock;

    public FirmIdentityService(FirmIdentityPort firm, Administrators administrators, Transactions transactions, Clock clock) {
        this.firm = firm;
        this.administrators = administrators;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void change(ChangeFirmIdentityCommand command) {
        administrators.require(command.actor(), "change the firm's identity");
        transactions.inTransaction(() -> firm.save(command.identity(), command.actor(), clock.instant()));
    }

    @Override
    public void changeLogo(StaffId actor, byte[] content) {
        administrators.require(actor, "change the firm's logo");
        FirmLogo logo = FirmLogo.of(content);
        transactions.inTransaction(() -> firm.saveLogo(Optional.of(logo), actor, clock.instant()));
    }

    @Override
    public void removeLogo(StaffId actor) {
        administrators.require(actor, "remove the firm's logo");
        transactions.inTransaction(() -> firm.saveLogo(Optional.empty(), actor, clock.instant()));
    }

    @Override
    public Optional<FirmIdentity> identity() {
        return firm.identity();
    }

    @Override
    public Optional<FirmLogo> logo() {
        return firm.logo();
    }
}
