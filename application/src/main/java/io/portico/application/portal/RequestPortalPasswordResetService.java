package io.portico.application.portal;

import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.portal.port.in.RequestPortalPasswordResetCommand;
import io.portico.application.portal.port.in.RequestPortalPasswordResetUseCase;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.link.LinkHolder;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.link.MailedLink;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.SecretToken;
import java.time.Clock;

/** B11: a reset link for an address with a portal login; nothing, and no error, for any other address. */
public final class RequestPortalPasswordResetService implements RequestPortalPasswordResetUseCase {

    private final PortalUserPort users;
    private final MailedLinkPort links;
    private final PortalLinkMails mails;
    private final Transactions transactions;
    private final Clock clock;

    public RequestPortalPasswordResetService(PortalUserPort users, MailedLinkPort links, PortalLinkMails mails,
                                             Transactions transactions, Clock clock) {
        this.users = users;
        this.links = links;
        this.mails = mails;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void requestReset(RequestPortalPasswordResetCommand command) {
        transactions.inTransaction(() -> users.findByEmail(command.email())
                .ifPresent(user -> sendLink(user, command)));
    }

    /** The link voids the user's older ones (only the newest mail works). */
    private void sendLink(PortalUser user, RequestPortalPasswordResetCommand command) {
        SecretToken token = SecretToken.generate();
        links.issue(MailedLink.issue(token.hash(), LinkPurpose.PORTAL_PASSWORD_RESET, LinkHolder.of(user.id().value()),
                clock.instant()));
        mails.portalPasswordReset(user.email(), token, command.language());
    }
}
