package io.portico.domain.portal;

/** What happens to an address's portal access on one account (B1–B6). */
public enum LoginEvent {
    /** Staff turned LOGIN on (an invitation may follow). */
    LOGIN_ON,
    /** An invitation link was sent, or sent again. */
    INVITE,
    /** The latest link outlived the firm's expiry. */
    EXPIRE,
    /** The address got its portal user: it set a password through a link (here or for another account). */
    ACTIVATE,
    /** Staff turned LOGIN off. */
    LOGIN_OFF
}
