package io.portico.application.portal;

import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.mail.MailQueue;
import io.portico.application.mail.port.out.MailTemplate;
import io.portico.application.shared.port.out.Links;
import io.portico.domain.portal.Invitation;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.shared.SecretToken;
import java.util.Locale;
import java.util.Map;

/** B1: the invitation mail, queued in the caller's transaction: the firm, the account, the message and the link. */
public final class InvitationMail {

    private final MailQueue mail;
    private final Links links;
    private final FirmQuery firm;

    public InvitationMail(MailQueue mail, Links links, FirmQuery firm) {
        this.mail = mail;
        this.links = links;
        this.firm = firm;
    }

    void queue(Invitation invitation, SecretToken token, String accountName, InvitationValidity validity, Locale language) {
        mail.queue(invitation.email(), MailTemplate.PORTAL_INVITATION, language, Map.of(
                "firmName", firm.firm().map(f -> f.name().value()).orElse(""),
                "accountName", accountName,
                "personalMessage", invitation.personalMessage(),
                "link", links.portalActivation(token),
                "validDays", validity.days()));
    }
}
