package io.portico.application.portal;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.notification.port.out.NotificationPort;
import io.portico.application.portal.port.in.AskForNewLinkUseCase;
import io.portico.application.portal.port.out.InvitationPort;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.shared.port.out.Links;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.notification.InboxNotification;
import io.portico.domain.portal.Invitation;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffMember;
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

    private final InvitationPort invitations;
    private final PortalAccessPort access;
    private final AccountPort accounts;
    private final StaffPort staff;
    private final NotificationPort notifications;
    private final Links links;
    private final Transactions transactions;
    private final Clock clock;

    public AskForNewLinkService(InvitationPort invitations, PortalAccessPort access, AccountPort accounts, StaffPort staff,
                                NotificationPort notifications, Links links, Transactions transactions, Clock clock) {
        this.invitations = invitations;
        this.access = access;
        this.accounts = accounts;
        this.staff = staff;
        this.notifications = notifications;
        this.links = links;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void ask(SecretToken token) {
        transactions.inTransaction(() -> {
            Instant now = clock.instant();
            invitations.find(token.hash())
                    .filter(invitation -> access.loginOn(invitation.account(), invitation.email()))
                    .filter(invitation -> invitations.markNewLinkAsked(invitation.tokenHash(), now))
                    .ifPresent(invitation -> accounts.find(invitation.account()).ifPresent(account -> tellTeam(account, invitation, now)));
        });
    }

    private void tellTeam(Account account, Invitation invitation, Instant now) {
        String path = links.accountPath(account.id());
        account.team().stream()
                .flatMap(member -> staff.findById(member).filter(StaffMember::active).stream())
                .forEach(member -> notifications.add(InboxNotification.unread(member.id(), ASKED,
                        List.of(invitation.email().value(), account.name().value()), path, now)));
    }
}
