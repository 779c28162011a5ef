package io.portico.application.account.port;

/**
 * E1: the account list's portal-status filter. Each value asks whether the account has at least one
 * such address, so an account with one activated address and one still pending is both
 * {@link #ACTIVE} and {@link #PENDING_ACTIVATION}. Addresses kept under Unlinked emails (B8) count.
 */
public enum PortalStatus {
    /** An address has LOGIN on and a portal user: someone can log in. */
    ACTIVE,
    /** An address has LOGIN on and no portal user yet. */
    PENDING_ACTIVATION,
    /** No address has LOGIN on: the LOGIN indicator is beige. */
    NO_ACCESS
}
