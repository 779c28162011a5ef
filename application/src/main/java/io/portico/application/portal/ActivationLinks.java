package io.portico.application.portal;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.portal.port.in.ActivationOffer;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.portal.Invitation;
import io.portico.domain.shared.SecretToken;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * B2: the invitation links that still grant something: open, unexpired, their address still with LOGIN
 * on the account and no portal user yet.
 */
public final class ActivationLinks {

    private final MailedLinkPort links;
    private final PortalAccessPort access;
    private final PortalUserPort users;
    private final AccountPort accounts;
    private final Clock clock;

    public ActivationLinks(MailedLinkPort links, PortalAccessPort access, PortalUserPort users, AccountPort accounts, Clock clock) {
        this.links = links;
        this.access = access;
        this.users = users;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** What the link offers now; only looks. */
    Optional<ActivationOffer> offer(SecretToken token) {
        Instant now = clock.instant();
        return links.invitation(token.hash())
                .filter(invitation -> invitation.usableAt(now) && stillWanted(invitation))
                .flatMap(invitation -> accounts.find(invitation.account())
                        .map(account -> new ActivationOffer(invitation.email(), account.name().value())));
    }

    /** Uses the link up, with the address's other invitations; its {@code usedAt} is the moment of activation. */
    Optional<Invitation> redeem(SecretToken token) {
        return links.redeem(LinkPurpose.PORTAL_INVITATION, token.hash(), clock.instant())
                .flatMap(used -> links.invitation(used.tokenHash()))
                .filter(this::stillWanted);
    }

    private boolean stillWanted(Invitation invitation) {
        return access.loginOn(invitation.account(), invitation.email()) && users.findByEmail(invitation.email()).isEmpty();
    }
}
