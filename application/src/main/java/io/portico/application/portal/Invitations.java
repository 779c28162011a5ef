package io.portico.application.portal;

import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalSettingsPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.access.AccessEvent;
import io.portico.domain.account.access.Actor;
import io.portico.domain.portal.IllegalLoginTransitionException;
import io.portico.domain.portal.Invitation;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.portal.LoginEvent;
import io.portico.domain.portal.LoginState;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Optional;

/**
 * B1–B6: sends invitation links and keeps them in step with the address's LOGIN toggle, in the
 * caller's transaction. Every step is checked against {@link LoginState}.
 */
public final class Invitations {

    private final MailedLinkPort links;
    private final PortalUserPort users;
    private final PortalAccessPort access;
    private final PortalSettingsPort settings;
    private final PortalLinkMails mails;

    public Invitations(MailedLinkPort links, PortalUserPort users, PortalAccessPort access, PortalSettingsPort settings,
                       PortalLinkMails mails) {
        this.links = links;
        this.users = users;
        this.access = access;
        this.settings = settings;
        this.mails = mails;
    }

    /** Where the address stands on the account now. */
    public LoginState state(Account account, EmailAddress email, Instant now) {
        return LoginState.of(access.loginOn(account.id(), email), users.findByEmail(email).isPresent(),
                links.latestInvitation(email), now);
    }

    /** Voids the address's older links and mails it a new one (B1, B3, B4); the history hears of it from the event. */
    public AccessEvent.InvitationSent send(Account account, EmailAddress email, String personalMessage, StaffId by, Instant now) {
        try {
            state(account, email, now).next(LoginEvent.INVITE);
        } catch (IllegalLoginTransitionException e) {
            throw new InvalidInputException("email", e.state() == LoginState.ACTIVE ? "portal.invite.already-active"
                    : "portal.invite.login-off", email.value());
        }
        SecretToken token = SecretToken.generate();
        InvitationValidity validity = settings.load().invitationValidity();
        Invitation invitation = Invitation.send(token.hash(), account.id(), email, personalMessage, by, now, validity);
        links.issue(invitation); // voids the address's older links
        mails.portalInvitation(email, account.name().value(), invitation.personalMessage(), validity.days(), token);
        return new AccessEvent.InvitationSent(account.id(), Actor.staff(by), now, email);
    }

    /**
     * C3 and reminders: one more working link for the address's latest invitation, beside the open one (the
     * banner on a pending address's notification, a reminder before expiry); the caller mails it.
     */
    public Optional<SecretToken> anotherLink(EmailAddress email, Instant now) {
        return links.latestInvitation(email).map(latest -> {
            SecretToken token = SecretToken.generate();
            links.issueAlongside(Invitation.send(token.hash(), latest.account(), email, latest.personalMessage(),
                    latest.invitedBy(), now, settings.load().invitationValidity()));
            return token;
        });
    }

    /** B5, B6: the address's open links for this account stop working; its links for other accounts still grant those. */
    public void voidLinks(AccountId account, EmailAddress email, Instant now) {
        links.voidOpenInvitations(email, account, now);
    }
}
