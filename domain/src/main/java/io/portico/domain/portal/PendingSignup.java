package io.portico.domain.portal;

import io.portico.domain.link.LinkHolder;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.link.MailedLink;
import io.portico.domain.shared.TokenHash;
import java.time.Instant;
import java.util.Objects;

/**
 * B9: a signup waiting for its address to be verified. Nothing else exists until the client confirms
 * through the link mailed to the address, a {@link MailedLink} of purpose
 * {@link LinkPurpose#SIGNUP_VERIFICATION} held by the address, which works once, for 24 hours. It holds no
 * password: the client chooses it on the link's page, so only the address's owner can (issue 10, item 12).
 */
public record PendingSignup(MailedLink link, SignupRequest request) {

    public PendingSignup {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(request, "request");
        if (link.purpose() != LinkPurpose.SIGNUP_VERIFICATION || !link.holder().equals(LinkHolder.of(request.email()))) {
            throw new IllegalArgumentException("a pending signup is a verification link held by its address");
        }
    }

    public static PendingSignup submit(TokenHash tokenHash, SignupRequest request, Instant now) {
        MailedLink link = MailedLink.issue(tokenHash, LinkPurpose.SIGNUP_VERIFICATION, LinkHolder.of(request.email()), now);
        return new PendingSignup(link, request);
    }

    /** The same signup with its link as it stands now. */
    public PendingSignup with(MailedLink current) {
        return new PendingSignup(current, request);
    }

    public TokenHash tokenHash() {
        return link.tokenHash();
    }

    public Instant createdAt() {
        return link.issuedAt();
    }

    public Instant expiresAt() {
        return link.expiresAt();
    }

    public Instant usedAt() {
        return link.usedAt();
    }

    public boolean usableAt(Instant now) {
        return link.usableAt(now);
    }
}
