package io.portico.application.portal;

import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.mail.MailQueue;
import io.portico.application.mail.port.out.MailTemplate;
import io.portico.application.portal.port.in.RequestPortalPasswordResetCommand;
import io.portico.application.portal.port.in.RequestPortalPasswordResetUseCase;
import io.portico.application.portal.port.out.PortalPasswordResetPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Links;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.portal.PortalPasswordResetTicket;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.SecretToken;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** B11: a reset link for an address with a portal login; nothing, and no error, for any other address. */
public final class RequestPortalPasswordResetService implements RequestPortalPasswordResetUseCase {

    private final PortalUserPort users;
    private final PortalPasswordResetPort resets;
    private final MailQueue mail;
    private final Links links;
    private final FirmQuery firm;
    private final Transactions transactions;
    private final Clock clock;

    public RequestPortalPasswordResetService(PortalUserPort users, PortalPasswordResetPort resets, MailQueue mail, Links links,
                                             FirmQuery firm, Transactions transactions, Clock clock) {
        this.users = users;
        this.resets = resets;
        this.mail = mail;
        this.links = links;
        this.firm = firm;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void requestReset(RequestPortalPasswordResetCommand command) {
        transactions.inTransaction(() -> users.findByEmail(command.email())
                .ifPresent(user -> sendLink(user, command)));
    }

    /** The link and its mail in one transaction: the outbox sends the mail only if the link was stored. */
    private void sendLink(PortalUser user, RequestPortalPasswordResetCommand command) {
        SecretToken token = SecretToken.generate();
        Instant now = clock.instant();
        resets.issue(PortalPasswordResetTicket.issue(user.id(), token.hash(), now), now);
        mail.queue(user.email(), MailTemplate.PORTAL_PASSWORD_RESET, command.language(), Map.of(
                "firmName", firm.firm().map(f -> f.name().value()).orElse(""),
                "link", links.portalPasswordReset(token),
                "validMinutes", PortalPasswordResetTicket.VALIDITY.toMinutes()));
    }
}
