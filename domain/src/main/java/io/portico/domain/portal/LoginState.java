package io.portico.domain.portal;

import java.time.Instant;
import java.util.Optional;

/**
 * Where an address with LOGIN on one account stands (B1–B6): the one state machine of portal access.
 *
 * <pre>
 *   REVOKED ─LOGIN_ON→ NOT_INVITED ─INVITE→ INVITED ─EXPIRE→ EXPIRED ─INVITE→ INVITED
 *   NOT_INVITED, INVITED, EXPIRED ─ACTIVATE→ ACTIVE;   INVITED ─INVITE→ INVITED (older links void)
 *   every state but REVOKED ─LOGIN_OFF→ REVOKED
 * </pre>
 */
public enum LoginState {
    /** LOGIN on, the invitation skipped: pending activation, no link. */
    NOT_INVITED,
    /** A link was sent and is neither used nor expired. */
    INVITED,
    /** The latest link is older than the firm's expiry. */
    EXPIRED,
    /** The address has a portal user. */
    ACTIVE,
    /** LOGIN is off. */
    REVOKED;

    /** The state after {@code event}; an event that cannot happen in this state is refused. */
    public LoginState next(LoginEvent event) {
        LoginState next = switch (event) {
            case LOGIN_ON -> this == REVOKED ? NOT_INVITED : null;
            case INVITE -> pendingActivation() ? INVITED : null;
            case EXPIRE -> this == INVITED ? EXPIRED : null;
            case ACTIVATE -> pendingActivation() ? ACTIVE : null;
            case LOGIN_OFF -> this == REVOKED ? null : REVOKED;
        };
        if (next == null) {
            throw new IllegalLoginTransitionException(this, event);
        }
        return next;
    }

    /** LOGIN is on and the address cannot log in yet (B3: listed under Pending activation). */
    public boolean pendingActivation() {
        return this == NOT_INVITED || this == INVITED || this == EXPIRED;
    }

    /** The state stored facts stand for: the toggle, whether the address has a portal user, its latest link. */
    public static LoginState of(boolean loginOn, boolean portalUser, Optional<Invitation> latest, Instant now) {
        if (!loginOn) {
            return REVOKED;
        }
        if (portalUser) {
            return ACTIVE;
        }
        return latest.filter(invitation -> !invitation.voided())
                .map(invitation -> invitation.expiredAt(now) ? EXPIRED : INVITED)
                .orElse(NOT_INVITED);
    }
}
