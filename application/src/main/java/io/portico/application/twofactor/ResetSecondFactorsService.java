package io.portico.application.twofactor;

import io.portico.application.session.port.out.CredentialEpochPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.twofactor.port.in.ResetSecondFactorsCommand;
import io.portico.application.twofactor.port.in.ResetSecondFactorsUseCase;
import io.portico.application.twofactor.port.out.SecondFactorPort;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;

/** For a member who lost their phone: they sign in with the password only and set up a factor again. */
public final class ResetSecondFactorsService implements ResetSecondFactorsUseCase {

    private final StaffPort staff;
    private final Administrators administrators;
    private final SecondFactorPort factors;
    private final CredentialEpochPort epochs;
    private final Transactions transactions;

    public ResetSecondFactorsService(StaffPort staff, Administrators administrators, SecondFactorPort factors,
                                     CredentialEpochPort epochs, Transactions transactions) {
        this.staff = staff;
        this.administrators = administrators;
        this.factors = factors;
        this.epochs = epochs;
        this.transactions = transactions;
    }

    @Override
    public void reset(ResetSecondFactorsCommand command) {
        administrators.require(command.actor(), "reset two-factor");
        StaffMember member = staff.findById(command.member()).orElseThrow(() -> new InvalidInputException("member", "staff.not-found"));
        boolean actorIsOwner = staff.findById(command.actor()).map(actor -> actor.role() == StaffRole.OWNER).orElse(false);
        if (member.role() == StaffRole.OWNER && !actorIsOwner) {
            throw new NotAllowedException("reset the owner's two-factor");
        }
        transactions.inTransaction(() -> {
            factors.remove(new CredentialHolder.Staff(member.id()));
            factors.removePasskeys(member.id());
            epochs.raise(new CredentialHolder.Staff(member.id())); // their open sessions end on every node
        });
    }
}
