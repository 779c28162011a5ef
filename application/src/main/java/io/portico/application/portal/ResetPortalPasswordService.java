package io.portico.application.portal;

import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.portal.port.in.ResetPortalPasswordCommand;
import io.portico.application.portal.port.in.ResetPortalPasswordUseCase;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.link.MailedLink;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.LinkNoLongerValidException;
import io.portico.domain.shared.SecretToken;
import java.time.Clock;
import java.time.Instant;

/** B11: the new password from a reset link, which is used up only here, never by opening the page. */
public final class ResetPortalPasswordService implements ResetPortalPasswordUseCase {

    private static final LinkPurpose PURPOSE = LinkPurpose.PORTAL_PASSWORD_RESET;

    private final PortalUserPort users;
    private final MailedLinkPort links;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Clock clock;

    public ResetPortalPasswordService(PortalUserPort users, MailedLinkPort links, PasswordHasher hasher,
                                      Transactions transactions, Clock clock) {
        this.users = users;
        this.links = links;
        this.hasher = hasher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public boolean isUsable(SecretToken token) {
        return links.find(PURPOSE, token.hash()).filter(link -> link.usableAt(clock.instant())).isPresent();
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
            MailedLink link = links.redeem(PURPOSE, command.token().hash(), now).orElseThrow(LinkNoLongerValidException::new);
            PortalUserId user = new PortalUserId(link.holder().id());
            users.changePasswordHash(user, passwordHash);
            users.recordLogin(user, now);
            return user;
        });
    }
}
