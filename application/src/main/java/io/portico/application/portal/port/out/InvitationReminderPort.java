package io.portico.application.portal.port.out;

import io.portico.domain.shared.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Issue 11, item 5: which invitations are owed their one reminder. Claiming marks them reminded in the caller's
 * transaction and skips invitations another node is claiming, so each is reminded once even with two nodes.
 */
public interface InvitationReminderPort {

    /**
     * Up to {@code limit} invitations, soonest expiry first, not yet reminded, whose link is still open (neither
     * used nor voided) and expires after {@code now} but within {@code before} of it, while their address still
     * has LOGIN on for the account and has not activated; each is marked reminded.
     */
    List<DueReminder> claimDue(Instant now, Duration before, int limit);

    /** Every open invitation link of the address counts as reminded: the one a reminder carries gets none of its own. */
    void markReminded(EmailAddress email, Instant now);
}
