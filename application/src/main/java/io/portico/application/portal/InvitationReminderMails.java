package io.portico.application.portal;

import io.portico.domain.shared.EmailAddress;
import java.time.Instant;

/** Issue 11, item 5: a reminder carries one more working link beside the invitation's open one (which stays valid). */
public final class InvitationReminderMails {

    private final Invitations invitations;
    private final PortalLinkMails mails;

    public InvitationReminderMails(Invitations invitations, PortalLinkMails mails) {
        this.invitations = invitations;
        this.mails = mails;
    }

    /** Issues the link and queues the reminder with it; false, and nothing queued, when the address has no open invitation. */
    boolean send(EmailAddress to, String accountName, int validDays, long expiresInDays, Instant now) {
        return invitations.anotherLink(to, now).map(link -> {
            mails.invitationReminder(to, accountName, validDays, expiresInDays, link);
            return true;
        }).orElse(false);
    }
}
