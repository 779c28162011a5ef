package io.portico.application.staff;

import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.in.ResetPasswordCommand;
import io.portico.application.staff.port.in.ResetPasswordUseCase;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.application.staff.port.out.PasswordResetTicketPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.shared.LinkNoLongerValidException;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffId;
import java.time.Clock;

public final class ResetPasswordService implements ResetPasswordUseCase {

    private final StaffPort staff;
    private final PasswordResetTicketPort tickets;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Clock clock;

    public ResetPasswordService(StaffPort staff, PasswordResetTicketPort tickets, PasswordHasher hasher,
                                Transactions transactions, Clock clock) {
        this.staff = staff;
        this.tickets = tickets;
        this.hasher = hasher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public boolean isUsable(SecretToken token) {
        return tickets.find(token.hash()).filter(ticket -> ticket.usableAt(clock.instant())).isPresent();
    }

    @Override
    public void reset(ResetPasswordCommand command) {
        if (!isUsable(command.token())) {
            throw new LinkNoLongerValidException();
        }
        String passwordHash = hasher.hash(command.newPassword());
        transactions.inTransaction(() -> {
            StaffId id = tickets.redeem(command.token().hash(), clock.instant()).orElseThrow(LinkNoLongerValidException::new);
            staff.changePasswordHash(id, passwordHash);
        });
    }
}
