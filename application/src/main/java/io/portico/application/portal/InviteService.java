package io.portico.application.portal;

import io.portico.application.access.AccessReactions;
import io.portico.application.portal.port.in.SendInvitationCommand;
import io.portico.application.portal.port.in.SendInvitationUseCase;
import io.portico.application.account.Viewers;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.Account;
import java.time.Clock;
import java.util.List;

/** B1, B3, B4: staff sends an address its invitation link, or sends it again. */
public final class InviteService implements SendInvitationUseCase {

    private final Viewers viewers;
    private final Invitations invitations;
    private final AccessReactions reactions;
    private final Transactions transactions;
    private final Clock clock;

    public InviteService(Viewers viewers, Invitations invitations, AccessReactions reactions, Transactions transactions, Clock clock) {
        this.viewers = viewers;
        this.invitations = invitations;
        this.reactions = reactions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void send(SendInvitationCommand command) {
        transactions.inTransaction(() -> {
            Account account = viewers.editable(command.actor(), command.account());
            reactions.on(List.of(invitations.send(account, command.email(), command.personalMessage(), command.actor(),
                    clock.instant())));
        });
    }
}
