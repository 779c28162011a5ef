package io.portico.application.mail.port.out;

/** The mails Portico writes; each has an HTML and a text template per language. */
public enum MailTemplate {
    STAFF_PASSWORD_RESET("staff-password-reset"),
    /** A6: model firstName, assignedBy, accountName, link. */
    TEAM_ASSIGNED("team-assigned"),
    /** B1: model firmName, accountName, personalMessage, link, validDays. */
    PORTAL_INVITATION("portal-invitation"),
    /** B10: model firstName, client, accountName, link. */
    CLIENT_ACTIVATED("client-activated"),
    /** B9, B10: model firstName, client, accountName, link. */
    CLIENT_SIGNED_UP("client-signed-up"),
    /** B9: model firmName, firstName, link, validHours. */
    PORTAL_SIGNUP_VERIFICATION("portal-signup-verification"),
    /** B9: to an address signing up that the firm already knows; model firmName, link (the portal's login). */
    PORTAL_SIGNUP_EXISTING("portal-signup-existing"),
    /** B11: a portal user's password reset link; model firmName, link, validMinutes. */
    PORTAL_PASSWORD_RESET("portal-password-reset"),
    /** G2: a colleague invited to the team; model firstName, invitedBy, firmName, link, validDays. */
    STAFF_INVITATION("staff-invitation");

    private final String templateName;

    MailTemplate(String templateName) {
        this.templateName = templateName;
    }

    public String templateName() {
        return templateName;
    }
}
