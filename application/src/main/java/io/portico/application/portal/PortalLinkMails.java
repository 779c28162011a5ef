package io.portico.application.portal;

import io.portico.application.contact.ContactLanguages;
import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.mail.MailQueue;
import io.portico.application.mail.port.out.MailTemplate;
import io.portico.application.shared.port.out.Links;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.portal.SignupRequest;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.shared.Language;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The portal's mails that carry a link, queued in the caller's transaction: the outbox sends one only
 * if the link it carries was stored. Each is written in the recipient contact's language (issue 11, item 3);
 * the language of the page a client used counts only for an address no contact has.
 */
public final class PortalLinkMails {

    private final MailQueue mail;
    private final Links links;
    private final FirmQuery firm;
    private final ContactLanguages languages;

    public PortalLinkMails(MailQueue mail, Links links, FirmQuery firm, ContactLanguages languages) {
        this.mail = mail;
        this.links = links;
        this.firm = firm;
        this.languages = languages;
    }

    /** B11. */
    public void portalPasswordReset(EmailAddress to, SecretToken token, Locale page) {
        mail.queue(to, MailTemplate.PORTAL_PASSWORD_RESET, language(to, page), Map.of(
                "firmName", firmName(),
                "link", links.portalPasswordReset(token),
                "validMinutes", LinkPurpose.PORTAL_PASSWORD_RESET.validity().toMinutes()));
    }

    /** B1, B2. */
    public void portalInvitation(EmailAddress to, String accountName, String personalMessage, int validDays, SecretToken token) {
        mail.queue(to, MailTemplate.PORTAL_INVITATION, languages.of(to, Optional.empty()).locale(),
                invitationModel(firmName(), accountName, personalMessage, validDays, token));
    }

    /**
     * B1 for a bulk edit (E3): one invitation mail per address, each in its contact's language (the firm's if the
     * contact has none), rendered and queued as one batch with the firm's name read once.
     */
    public void portalInvitations(List<InvitationMail> invitations, int validDays) {
        String firmName = firmName();
        Language firms = languages.firmLanguage();
        mail.queueAll(invitations.stream().map(invitation -> new MailQueue.Request(invitation.to(), MailTemplate.PORTAL_INVITATION,
                invitation.language().orElse(firms).locale(), invitationModel(firmName, invitation.accountName(),
                        invitation.personalMessage(), validDays, invitation.token()), List.of())).toList());
    }

    private Map<String, Object> invitationModel(String firmName, String accountName, String personalMessage, int validDays,
                                                SecretToken token) {
        return Map.of(
                "firmName", firmName,
                "accountName", accountName,
                "personalMessage", personalMessage,
                "link", links.portalActivation(token),
                "validDays", validDays);
    }

    /** One mail of {@link #portalInvitations}. */
    public record InvitationMail(EmailAddress to, Optional<Language> language, String accountName, String personalMessage,
                                 SecretToken token) {
    }

    /** Issue 11, item 5: an invitation about to expire, with one more working link. */
    public void invitationReminder(EmailAddress to, String accountName, int validDays, long expiresInDays, SecretToken token) {
        mail.queue(to, MailTemplate.INVITATION_REMINDER, languages.of(to, Optional.empty()).locale(), Map.of(
                "firmName", firmName(),
                "accountName", accountName,
                "link", links.portalActivation(token),
                "validDays", validDays,
                "expiresInDays", expiresInDays));
    }

    /** B9. */
    public void signupVerification(SignupRequest request, SecretToken token, Locale page) {
        mail.queue(request.email(), MailTemplate.PORTAL_SIGNUP_VERIFICATION, language(request.email(), page), Map.of(
                "firmName", firmName(),
                "firstName", request.name().first(),
                "link", links.portalSignupVerification(token),
                "validHours", LinkPurpose.SIGNUP_VERIFICATION.validity().toHours()));
    }

    /** B9, B11: a sign-up from an address the firm knows gets no link, only the way to sign in. */
    public void signupOfKnownAddress(EmailAddress to, Locale page) {
        mail.queue(to, MailTemplate.PORTAL_SIGNUP_EXISTING, language(to, page), Map.of(
                "firmName", firmName(),
                "link", links.portalLogin()));
    }

    private Locale language(EmailAddress to, Locale page) {
        return languages.of(to, Optional.of(page)).locale();
    }

    private String firmName() {
        return firm.firm().map(f -> f.name().value()).orElse("");
    }
}
