package io.portico.ui.portal;

/** Where the client portal's pages are: all under /portal, apart from the staff's. */
public final class PortalRoutes {

    public static final String HOME = "portal";
    public static final String LOGIN = "portal/login";
    /** B2: the invitation link's page; the token is the query parameter {@link #TOKEN}. */
    public static final String ACTIVATE = "portal/activate";
    public static final String TOKEN = "token";
    public static final String PROFILE = "portal/profile";
    /** Issue 11, item 9: the current account's threads; /portal/messages/{thread id} opens one. */
    public static final String MESSAGES = "portal/messages";
    /** Issue 13, item 10: the client's own synced mail on the current account; /portal/email/{thread id} opens a thread. */
    public static final String EMAIL = "portal/email";
    /** Issue 11, item 1: My profile → Notifications. */
    public static final String NOTIFICATIONS = "portal/profile/notifications";
    public static final String ACCOUNT_GONE = "portal/account-gone";
    /** B11: asking for a password reset link. */
    public static final String FORGOT_PASSWORD = "portal/forgot-password";
    /** B11: the page of a reset link; the token is the query parameter {@link #TOKEN}. */
    public static final String RESET_PASSWORD = "portal/reset-password";

    private PortalRoutes() {
    }
}
