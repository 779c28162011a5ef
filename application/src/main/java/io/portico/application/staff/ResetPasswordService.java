package io.portico.application.staff;

import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.in.ResetPasswordCommand;
import io.portico.application.staff.port.in.ResetPasswordUseCase;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.link.MailedLink;
import io.portico.domain.shared.LinkNoLongerValidException;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffId;
import java.time.Clock;

/** G1: the new password from a reset link, which is used up only here, never by opening the page. */
public final class ResetPasswordService implements ResetPasswordUseCase {

    private static final LinkPurpose PURPOSE = LinkPurpose.STAFF_PASSWORD_RESET;

    private final StaffPort staff;
    private final MailedLinkPort links;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Clock clock;

    public ResetPasswordService(StaffPort staff, MailedLinkPort links, PasswordHasher hasher, Transactions transactions, Clock clock) {
        this.staff = staff;
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
    public void reset(ResetPasswordCommand command) {
        if (!isUsable(command.token())) {
            throw new LinkNoLongerValidException();
        }
        String passwordHash = hasher.hash(command.newPassword());
        transactions.inTransaction(() -> {
            MailedLink link = links.redeem(PURPOSE, command.token().hash(), clock.instant())
                    .orElseThrow(LinkNoLongerValidException::new);
            staff.changePasswordHash(new StaffId(link.holder().id()), passwordHash);
        });
    }
}
