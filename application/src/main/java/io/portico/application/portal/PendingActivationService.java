package io.portico.application.portal;

import io.portico.application.access.AccessReactions;
import io.portico.application.portal.port.in.InvitationTarget;
import io.portico.application.portal.port.in.PendingActivation;
import io.portico.application.portal.port.in.PendingActivationQuery;
import io.portico.application.portal.port.in.ResendInvitationsCommand;
import io.portico.application.portal.port.in.ResendInvitationsUseCase;
import io.portico.application.portal.port.in.ResendReport;
import io.portico.application.portal.port.out.PendingActivationPort;
import io.portico.application.portal.port.out.PendingAddress;
import io.portico.application.portal.port.PendingCursor;
import io.portico.application.account.Viewers;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountVisibility;
import io.portico.domain.portal.Invitation;
import io.portico.domain.portal.LoginState;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** B3: Clients → Pending activation, and Resend invitation for one address or a selection. */
public final class PendingActivationService implements PendingActivationQuery, ResendInvitationsUseCase {

    private final PendingActivationPort pending;
    private final Viewers viewers;
    private final Invitations invitations;
    private final AccessReactions reactions;
    private final Transactions transactions;
    private final Clock clock;

    public PendingActivationService(PendingActivationPort pending, Viewers viewers, Invitations invitations, AccessReactions reactions,
                                    Transactions transactions, Clock clock) {
        this.pending = pending;
        this.viewers = viewers;
        this.invitations = invitations;
        this.reactions = reactions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<PendingActivation> page(StaffId viewer, Optional<PendingCursor> after, int limit) {
        AccountVisibility visibility = viewers.of(viewer);
        Instant now = clock.instant();
        return pending.page(visibility.seesAll() ? Optional.empty() : Optional.of(viewer), after, limit).stream()
                .map(address -> row(address, now)).toList();
    }

    private static PendingActivation row(PendingAddress address, Instant now) {
        LoginState state = LoginState.of(true, false, address.latest(), now);
        return new PendingActivation(address.account(), address.accountName(), address.contact(), address.contactName(),
                address.email(), state, address.latest().map(Invitation::sentAt), address.loginOnAt());
    }

    @Override
    public ResendReport resend(ResendInvitationsCommand command) {
        int sent = 0;
        List<ResendReport.Failure> failures = new ArrayList<>();
        for (InvitationTarget target : command.targets()) {
            try {
                transactions.inTransaction(() -> {
                    Account account = viewers.editable(command.actor(), target.account());
                    reactions.on(List.of(invitations.send(account, target.email(), command.personalMessage(), command.actor(),
                            clock.instant())));
                });
                sent++;
            } catch (InvalidInputException e) {
                failures.add(new ResendReport.Failure(target.email(), e.messageKey(), e.arguments()));
            } catch (NotAllowedException e) {
                failures.add(new ResendReport.Failure(target.email(), "not-allowed", List.of()));
            }
        }
        return new ResendReport(sent, failures);
    }
}
