package io.portico.ui.portal;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import io.portico.domain.account.AccountId;
import io.portico.domain.portal.PortalUserId;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

/**
 * The signed-in client, kept in the HTTP session beside (never inside) Spring Security: to Spring a
 * client is anonymous, so no staff view ever opens for it, and a staff sign-in is never a client's.
 * Holds the current account (none until chosen) and whether the account bar was closed.
 */
public record PortalSession(UUID user, UUID account, boolean barClosed) implements Serializable {

    static final String ATTRIBUTE = PortalSession.class.getName();

    public PortalUserId userId() {
        return new PortalUserId(user);
    }

    public Optional<AccountId> currentAccount() {
        return Optional.ofNullable(account).map(AccountId::new);
    }

    PortalSession withAccount(AccountId chosen) {
        return new PortalSession(user, chosen == null ? null : chosen.value(), barClosed);
    }

    PortalSession withBarClosed() {
        return new PortalSession(user, account, true);
    }

    public static Optional<PortalSession> current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getSession().getAttribute(ATTRIBUTE)).map(PortalSession.class::cast);
    }

    /** Signs the client in under a new session id, against session fixation; no account chosen, the bar open. */
    static void start(PortalUserId user) {
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        new PortalSession(user.value(), null, false).store();
    }

    void store() {
        VaadinSession.getCurrent().getSession().setAttribute(ATTRIBUTE, this);
    }

    /** Signs the client out; a staff sign-in in the same browser is left alone. */
    static void end() {
        VaadinSession.getCurrent().getSession().removeAttribute(ATTRIBUTE);
    }
}
