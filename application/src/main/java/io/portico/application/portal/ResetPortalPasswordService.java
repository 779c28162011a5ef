package io.portico.application.portal;

import io.portico.application.portal.port.in.ResetPortalPasswordCommand;
import io.portico.application.portal.port.in.ResetPortalPasswordUseCase;
import io.portico.application.portal.port.out.PortalPasswordResetPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.LinkNoLongerValidException;
import io.portico.domain.shared.SecretToken;
import java.time.Clock;
import java.time.Instant;

/** B11: the new password from a reset link, which is used up only here, never by opening the page. */
public final class ResetPortalPasswordService implements ResetPortalPasswordUseCase {

    private final PortalUserPort users;
    private final PortalPasswordResetPort resets;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Clock clock;

    public ResetPortalPasswordService(PortalUserPort users, PortalPasswordResetPort resets, PasswordHasher hasher,
                                      Transactions transactions, Clock clock) {
        this.users = users;
        this.resets = resets;
        this.hasher = hasher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public boolean isUsable(SecretToken token) {
        return resets.find(token.hash()).filter(ticket -> ticket.usableAt(clock.instant())).isPresent();
    }

    @Override
    public PortalUserId reset(ResetPortalPasswordCommand command) {
        if (!isUsable(command.token())) {
            throw new LinkNoLongerValidException();
        }
        // hashed before the transaction: a slow hash must not hold the portal user's row locked
        String passwordHash = hasher.hash(command.newPassword());
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            PortalUserId user = resets.redeem(command.token().hash(), now).orElseThrow(LinkNoLongerValidException::new);
            users.changePasswordHash(user, passwordHash);
            users.recordLogin(user, now);
            return user;
        });
    }
}
