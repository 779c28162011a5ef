package io.portico.application.staff;

import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.domain.link.LinkHolder;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.link.MailedLink;
import io.portico.domain.shared.LinkNoLongerValidException;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.PasswordContext;
import io.portico.domain.staff.PasswordPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/**
 * G1, B11: a password reset link, staff's or client's. Its page opens while the link works, without
 * using it; the new password uses it up.
 */
public final class PasswordResetLinks {

    /** Stores the new password of the link's holder. */
    public interface NewPassword<T> {
        T set(LinkHolder holder, String passwordHash, Instant at);
    }

    private final MailedLinkPort links;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Clock clock;

    public PasswordResetLinks(MailedLinkPort links, PasswordHasher hasher, Transactions transactions, Clock clock) {
        this.links = links;
        this.hasher = hasher;
        this.transactions = transactions;
        this.clock = clock;
    }

    public boolean usable(LinkPurpose purpose, SecretToken token) {
        return links.find(purpose, token.hash()).filter(link -> link.usableAt(clock.instant())).isPresent();
    }

    /**
     * Checks the new password against the rules for the link's holder, then stores it.
     *
     * @throws LinkNoLongerValidException when the link is unknown, of another purpose, used, voided or expired
     */
    public <T> T reset(LinkPurpose purpose, SecretToken token, String newPassword, Function<LinkHolder, PasswordContext> context,
                       NewPassword<T> store) {
        MailedLink usable = links.find(purpose, token.hash()).filter(link -> link.usableAt(clock.instant()))
                .orElseThrow(LinkNoLongerValidException::new);
        PasswordPolicy.check("password", newPassword, context.apply(usable.holder()));
        // hashed before the transaction: a slow hash must not hold the person's row locked
        String passwordHash = hasher.hash(newPassword);
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            MailedLink link = links.redeem(purpose, token.hash(), now).orElseThrow(LinkNoLongerValidException::new);
            return store.set(link.holder(), passwordHash, now);
        });
    }
}
