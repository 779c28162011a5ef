package io.portico.ui.portal;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import io.portico.application.session.port.in.SessionValidityQuery;
import io.portico.domain.account.AccountId;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.session.CredentialHolder;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

/**
 * The signed-in client, kept in the HTTP session beside (never inside) Spring Security: to Spring a
 * client is anonymous, so no staff view ever opens for it, and a staff sign-in is never a client's.
 * Holds the current account (none until chosen), whether the account bar was closed, and the
 * credential epoch it signed in with (issue 10: a newer one ends the session).
 */
public record PortalSession(UUID user, UUID account, boolean barClosed, long epoch) implements Serializable {

    static final String ATTRIBUTE = PortalSession.class.getName();

    public PortalUserId userId() {
        return new PortalUserId(user);
    }

    public Optional<AccountId> currentAccount() {
        return Optional.ofNullable(account).map(AccountId::new);
    }

    PortalSession withAccount(AccountId chosen) {
        return new PortalSession(user, chosen == null ? null : chosen.value(), barClosed, epoch);
    }

    PortalSession withBarClosed() {
        return new PortalSession(user, account, true, epoch);
    }

    PortalSession withEpoch(long newEpoch) {
        return new PortalSession(user, account, barClosed, newEpoch);
    }

    public static Optional<PortalSession> current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getSession().getAttribute(ATTRIBUTE)).map(PortalSession.class::cast);
    }

    /** The client signed in on this HTTP session, for code that runs outside Vaadin (filters). */
    public static Optional<PortalSession> in(HttpSession session) {
        return Optional.ofNullable(session.getAttribute(ATTRIBUTE)).map(PortalSession.class::cast);
    }

    /**
     * Signs the client in under a new session id, against session fixation; no account chosen, the bar
     * open, and the client's credential epoch of this moment.
     */
    static void start(PortalUserId user, SessionValidityQuery epochs) {
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        new PortalSession(user.value(), null, false, epochs.currentEpoch(new CredentialHolder.Portal(user))).store();
    }

    void store() {
        VaadinSession.getCurrent().getSession().setAttribute(ATTRIBUTE, this);
    }

    /** Signs the client out; a staff sign-in in the same browser is left alone. */
    static void end() {
        VaadinSession.getCurrent().getSession().removeAttribute(ATTRIBUTE);
    }
}
