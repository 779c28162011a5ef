package io.portico.application.portal;

import io.portico.application.portal.port.in.SendInvitationCommand;
import io.portico.application.portal.port.in.SendInvitationUseCase;
import io.portico.application.shared.Viewers;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.Account;
import java.time.Clock;

/** B1, B3, B4: staff sends an address its invitation link, or sends it again. */
public final class InviteService implements SendInvitationUseCase {

    private final Viewers viewers;
    private final Invitations invitations;
    private final Transactions transactions;
    private final Clock clock;

    public InviteService(Viewers viewers, Invitations invitations, Transactions transactions, Clock clock) {
        this.viewers = viewers;
        this.invitations = invitations;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void send(SendInvitationCommand command) {
        transactions.inTransaction(() -> {
            Account account = viewers.editable(command.actor(), command.account());
            invitations.send(account, command.email(), command.personalMessage(), command.language(), command.actor(),
                    clock.instant());
        });
    }
}
