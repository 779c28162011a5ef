package io.portico.application.portal;

import io.portico.application.portal.port.in.LoginStatus;
import io.portico.application.portal.port.in.LoginStatusQuery;
import io.portico.application.account.Viewers;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.portal.Invitation;
import io.portico.domain.portal.LoginState;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** B4: each address's {@link LoginState} as {@link Invitations} reads it, with its last link's date. */
public final class LoginStatusService implements LoginStatusQuery {

    private final Viewers viewers;
    private final Invitations invitations;
    private final MailedLinkPort links;
    private final Clock clock;

    public LoginStatusService(Viewers viewers, Invitations invitations, MailedLinkPort links, Clock clock) {
        this.viewers = viewers;
        this.invitations = invitations;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public List<LoginStatus> statuses(StaffId viewer, AccountId id) {
        Instant now = clock.instant();
        return viewers.visible(viewer, id).stream()
                .flatMap(account -> account.links().stream().flatMap(link -> link.access().stream())
                        .map(access -> status(account, access, now)))
                .toList();
    }

    private LoginStatus status(Account account, EmailAccess access, Instant now) {
        // LOGIN off needs no look-up: the state is REVOKED whatever links and users exist
        LoginState state = access.login() ? invitations.state(account, access.email(), now) : LoginState.REVOKED;
        return new LoginStatus(access.email(), state, links.latestInvitation(access.email()).map(Invitation::sentAt));
    }
}
