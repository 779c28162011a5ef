package io.portico.application.portal;

import io.portico.application.access.AccessReactions;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.portal.port.in.ActivationOffer;
import io.portico.application.portal.port.in.ActivationUseCase;
import io.portico.application.portal.port.out.InvitationPort;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.domain.account.access.AccessEvent;
import io.portico.domain.account.access.Actor;
import io.portico.domain.portal.Invitation;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.LinkNoLongerValidException;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.PasswordPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * B2: the invitation link's page. A link works while it is open, unexpired, its address still has
 * LOGIN on the account and no portal user yet; submitting the password uses it up.
 */
public final class ActivationService implements ActivationUseCase {

    private final InvitationPort invitations;
    private final PortalUserPort users;
    private final PortalAccessPort access;
    private final AccountPort accounts;
    private final PasswordHasher hasher;
    private final AccessReactions reactions;
    private final Transactions transactions;
    private final Clock clock;

    public ActivationService(InvitationPort invitations, PortalUserPort users, PortalAccessPort access, AccountPort accounts,
                             PasswordHasher hasher, AccessReactions reactions, Transactions transactions, Clock clock) {
        this.invitations = invitations;
        this.users = users;
        this.access = access;
        this.accounts = accounts;
        this.hasher = hasher;
        this.reactions = reactions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<ActivationOffer> offer(SecretToken token) {
        Instant now = clock.instant();
        return invitations.find(token.hash())
                .filter(invitation -> invitation.usableAt(now) && stillWanted(invitation))
                .flatMap(invitation -> accounts.find(invitation.account())
                        .map(account -> new ActivationOffer(invitation.email(), account.name().value())));
    }

    @Override
    public PortalUserId activate(SecretToken token, String password) {
        PasswordPolicy.check("password", password);
        if (offer(token).isEmpty()) {
            throw new LinkNoLongerValidException();
        }
        String passwordHash = hasher.hash(password); // slow on purpose: before the transaction
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Invitation invitation = invitations.redeem(token.hash(), now)
                    .filter(this::stillWanted)
                    .orElseThrow(LinkNoLongerValidException::new);
            PortalUser user = PortalUser.activate(invitation.email(), passwordHash, now);
            users.add(user);
            invitations.voidOpen(invitation.email(), now);
            reactions.on(access.loginAccounts(invitation.email()).stream()
                    .<AccessEvent>map(reached -> new AccessEvent.Activated(reached.id(), Actor.client(), now, invitation.email()))
                    .toList());
            return user.id();
        });
    }

    /** LOGIN is still on for the address and it has no portal user yet. */
    private boolean stillWanted(Invitation invitation) {
        return access.loginOn(invitation.account(), invitation.email()) && users.findByEmail(invitation.email()).isEmpty();
    }
}
