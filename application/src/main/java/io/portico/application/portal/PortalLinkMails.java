package io.portico.application.portal;

import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.mail.MailQueue;
import io.portico.application.mail.port.out.MailTemplate;
import io.portico.application.shared.port.out.Links;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.portal.SignupRequest;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.SecretToken;
import java.util.Locale;
import java.util.Map;

/**
 * The portal's mails that carry a link, queued in the caller's transaction: the outbox sends one only
 * if the link it carries was stored.
 */
public final class PortalLinkMails {

    private final MailQueue mail;
    private final Links links;
    private final FirmQuery firm;

    public PortalLinkMails(MailQueue mail, Links links, FirmQuery firm) {
        this.mail = mail;
        this.links = links;
        this.firm = firm;
    }

    /** B11. */
    public void portalPasswordReset(EmailAddress to, SecretToken token, Locale language) {
        mail.queue(to, MailTemplate.PORTAL_PASSWORD_RESET, language, Map.of(
                "firmName", firmName(),
                "link", links.portalPasswordReset(token),
                "validMinutes", LinkPurpose.PORTAL_PASSWORD_RESET.validity().toMinutes()));
    }

    /** B1, B2. */
    public void portalInvitation(EmailAddress to, String accountName, String personalMessage, int validDays, SecretToken token,
                                 Locale language) {
        mail.queue(to, MailTemplate.PORTAL_INVITATION, language, Map.of(
                "firmName", firmName(),
                "accountName", accountName,
                "personalMessage", personalMessage,
                "link", links.portalActivation(token),
                "validDays", validDays));
    }

    /** B9. */
    public void signupVerification(SignupRequest request, SecretToken token, Locale language) {
        mail.queue(request.email(), MailTemplate.PORTAL_SIGNUP_VERIFICATION, language, Map.of(
                "firmName", firmName(),
                "firstName", request.name().first(),
                "link", links.portalSignupVerification(token),
                "validHours", LinkPurpose.SIGNUP_VERIFICATION.validity().toHours()));
    }

    /** B9, B11: a sign-up from an address the firm knows gets no link, only the way to sign in. */
    public void signupOfKnownAddress(EmailAddress to, Locale language) {
        mail.queue(to, MailTemplate.PORTAL_SIGNUP_EXISTING, language, Map.of(
                "firmName", firmName(),
                "link", links.portalLogin()));
    }

    private String firmName() {
        return firm.firm().map(f -> f.name().value()).orElse("");
    }
}
