package io.portico.application.portal;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.portal.port.in.AskForNewLinkUseCase;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.shared.SecretToken;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * B2: a used, expired or voided link's page lets the client ask for a new one; each member of the
 * account's team gets an Inbox+ notification leading to the profile, where they resend it (B4). The
 * link is looked up by its token whatever its state; it can ask once, so a reloaded page cannot
 * flood the team. An address whose LOGIN was turned off since is not the firm's to be bothered with.
 */
public final class AskForNewLinkService implements AskForNewLinkUseCase {

    public static final String ASKED = "inbox.client-asks-new-link";

    private final MailedLinkPort links;
    private final PortalAccessPort access;
    private final AccountPort accounts;
    private final TeamInbox team;
    private final Transactions transactions;
    private final Clock clock;

    public AskForNewLinkService(MailedLinkPort links, PortalAccessPort access, AccountPort accounts, TeamInbox team,
                                Transactions transactions, Clock clock) {
        this.links = links;
        this.access = access;
        this.accounts = accounts;
        this.team = team;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void ask(SecretToken token) {
        transactions.inTransaction(() -> {
            Instant now = clock.instant();
            links.invitation(token.hash())
                    .filter(invitation -> access.loginOn(invitation.account(), invitation.email()))
                    .filter(invitation -> links.markNewLinkAsked(invitation.tokenHash(), now))
                    .ifPresent(invitation -> accounts.find(invitation.account()).ifPresent(account -> team.tell(account, ASKED,
                            List.of(invitation.email().value(), account.name().value()), now)));
        });
    }
}
