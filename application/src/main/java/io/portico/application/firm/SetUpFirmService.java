package io.portico.application.firm;

import io.portico.application.firm.port.in.SetUpFirmCommand;
import io.portico.application.firm.port.in.SetUpFirmUseCase;
import io.portico.application.firm.port.out.FirmPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.in.StaffSignIn;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.firm.Firm;
import io.portico.domain.firm.FirmAlreadySetUpException;
import io.portico.domain.firm.FirmId;
import io.portico.domain.staff.StaffMember;
import java.time.Clock;

public final class SetUpFirmService implements SetUpFirmUseCase {

    private final FirmPort firms;
    private final StaffPort staff;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Clock clock;

    public SetUpFirmService(FirmPort firms, StaffPort staff, PasswordHasher hasher, Transactions transactions, Clock clock) {
        this.firms = firms;
        this.staff = staff;
        this.hasher = hasher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public StaffSignIn setUp(SetUpFirmCommand command) {
        if (firms.load().isPresent()) {
            throw new FirmAlreadySetUpException();
        }
        String passwordHash = hasher.hash(command.password()); // slow on purpose: outside the transaction
        StaffMember owner = StaffMember.owner(command.ownerName(), command.ownerEmail());
        return transactions.inTransaction(() -> {
            firms.create(new Firm(FirmId.random(), command.firmName(), clock.instant()));
            staff.add(owner, passwordHash);
            return StaffSignIn.of(owner, 0); // a new member's first epoch
        });
    }
}
