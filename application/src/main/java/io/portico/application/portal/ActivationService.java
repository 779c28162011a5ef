package io.portico.application.portal;

import io.portico.application.access.AccessReactions;
import io.portico.application.portal.port.in.ActivationOffer;
import io.portico.application.portal.port.in.ActivationUseCase;
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
import io.portico.domain.staff.PasswordContext;
import io.portico.domain.staff.PasswordPolicy;
import java.time.Instant;
import java.util.Optional;

/**
 * B2: the invitation link's page. A link works while {@link ActivationLinks} says it still grants
 * something; submitting the password uses it up.
 */
public final class ActivationService implements ActivationUseCase {

    private final ActivationLinks links;
    private final PortalUserPort users;
    private final PortalAccessPort access;
    private final PasswordHasher hasher;
    private final AccessReactions reactions;
    private final Transactions transactions;

    public ActivationService(ActivationLinks links, PortalUserPort users, PortalAccessPort access, PasswordHasher hasher,
                             AccessReactions reactions, Transactions transactions) {
        this.links = links;
        this.users = users;
        this.access = access;
        this.hasher = hasher;
        this.reactions = reactions;
        this.transactions = transactions;
    }

    @Override
    public Optional<ActivationOffer> offer(SecretToken token) {
        return links.offer(token);
    }

    @Override
    public PortalUserId activate(SecretToken token, String password) {
        ActivationOffer offered = offer(token).orElseThrow(LinkNoLongerValidException::new);
        // a new client has no second factor (portal two-factor is set up later, in My profile)
        PasswordPolicy.check("password", password, PasswordContext.passwordOnly(offered.email().value(), offered.accountName()));
        String passwordHash = hasher.hash(password); // slow on purpose: before the transaction
        return transactions.inTransaction(() -> {
            Invitation invitation = links.redeem(token).orElseThrow(LinkNoLongerValidException::new);
            Instant now = invitation.usedAt();
            PortalUser user = PortalUser.activate(invitation.email(), passwordHash, now);
            users.add(user);
            reactions.on(access.loginAccounts(invitation.email()).stream()
                    .<AccessEvent>map(reached -> new AccessEvent.Activated(reached.id(), Actor.client(), now, invitation.email()))
                    .toList());
            return user.id();
        });
    }
}
