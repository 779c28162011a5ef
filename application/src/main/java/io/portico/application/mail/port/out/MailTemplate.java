package io.portico.application.mail.port.out;

/** The mails Portico writes; each has an HTML and a text template per language. */
public enum MailTemplate {
    STAFF_PASSWORD_RESET("staff-password-reset", Audience.STAFF),
    /** A6: model firstName, assignedBy, accountName, link. */
    TEAM_ASSIGNED("team-assigned", Audience.STAFF),
    /** B1: model firmName, accountName, personalMessage, link, validDays. */
    PORTAL_INVITATION("portal-invitation", Audience.CLIENT),
    /** B10: model firstName, client, accountName, link. */
    CLIENT_ACTIVATED("client-activated", Audience.STAFF),
    /** B9, B10: model firstName, client, accountName, link. */
    CLIENT_SIGNED_UP("client-signed-up", Audience.STAFF),
    /** B9: model firmName, firstName, link, validHours. */
    PORTAL_SIGNUP_VERIFICATION("portal-signup-verification", Audience.CLIENT),
    /** B9: to an address signing up that the firm already knows; model firmName, link (the portal's login). */
    PORTAL_SIGNUP_EXISTING("portal-signup-existing", Audience.CLIENT),
    /** B11: a portal user's password reset link; model firmName, link, validMinutes. */
    PORTAL_PASSWORD_RESET("portal-password-reset", Audience.CLIENT),
    /** G2: a colleague invited to the team; model firstName, invitedBy, firmName, link, validDays. */
    STAFF_INVITATION("staff-invitation", Audience.STAFF),
    /** Issue 11, item 5: an invitation about to expire; model firmName, accountName, link, validDays, expiresInDays. */
    INVITATION_REMINDER("invitation-reminder", Audience.CLIENT),
    /** Item 9: a client replied in a thread; model firstName, client, accountName, subject, text, link. */
    CLIENT_REPLIED("client-replied", Audience.STAFF),
    /**
     * C1–C5: one client notification; model firmName, accountName, event (its name), args (the event's parameters
     * in order, padded to three), text, activationLink (C3's banner, empty without), portalLink.
     */
    CLIENT_NOTIFICATION("client-notification", Audience.CLIENT),
    /** Issue 11, item 1: an address's day of notifications; model firmName, items (accountName, event, args, text), activationLink, portalLink. */
    NOTIFICATION_DIGEST("notification-digest", Audience.CLIENT);

    private final String templateName;
    private final Audience audience;

    MailTemplate(String templateName, Audience audience) {
        this.templateName = templateName;
        this.audience = audience;
    }

    /** Whom the mail is for: a client's mails carry the firm's identity and are copied to the firm when it asks (C4). */
    public Audience audience() {
        return audience;
    }

    public enum Audience {
        CLIENT,
        STAFF
    }

    public String templateName() {
        return templateName;
    }
}
