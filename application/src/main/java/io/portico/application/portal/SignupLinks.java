package io.portico.application.portal;

import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.portal.PendingSignup;
import io.portico.domain.portal.SignupRequest;
import io.portico.domain.shared.SecretToken;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/** B9: a sign-up's verification link: mailed, opened (only looks), redeemed once. */
public final class SignupLinks {

    private final MailedLinkPort links;
    private final PortalLinkMails mails;
    private final Clock clock;

    public SignupLinks(MailedLinkPort links, PortalLinkMails mails, Clock clock) {
        this.links = links;
        this.mails = mails;
        this.clock = clock;
    }

    /** Stores the sign-up behind a new link (voiding the address's older ones) and mails the link. */
    void mail(SignupRequest request, Locale language) {
        SecretToken token = SecretToken.generate();
        links.issue(PendingSignup.submit(token.hash(), request, clock.instant()));
        mails.signupVerification(request, token, language);
    }

    Optional<PendingSignup> usable(SecretToken token) {
        return links.signup(token.hash()).filter(signup -> signup.usableAt(clock.instant()));
    }

    /** The sign-up with its link used up now; its {@code usedAt} is the moment of confirming. */
    Optional<PendingSignup> redeem(SecretToken token) {
        return links.redeem(LinkPurpose.SIGNUP_VERIFICATION, token.hash(), clock.instant())
                .flatMap(used -> links.signup(used.tokenHash()));
    }
}
