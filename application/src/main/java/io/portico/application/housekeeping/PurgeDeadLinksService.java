package io.portico.application.housekeeping;

import io.portico.application.housekeeping.port.in.PurgeDeadLinksUseCase;
import io.portico.application.portal.port.out.PendingSignupPort;
import io.portico.application.portal.port.out.PortalPasswordResetPort;
import io.portico.application.staff.port.out.PasswordResetTicketPort;
import java.time.Clock;
import java.time.Instant;

/**
 * Used, replaced and expired links serve nobody, and a sign-up never confirmed still holds a password
 * hash: they go. Invitations stay, as the history of who was invited when (B3).
 */
public final class PurgeDeadLinksService implements PurgeDeadLinksUseCase {

    private final PendingSignupPort signups;
    private final PortalPasswordResetPort portalResets;
    private final PasswordResetTicketPort staffResets;
    private final Clock clock;

    public PurgeDeadLinksService(PendingSignupPort signups, PortalPasswordResetPort portalResets,
                                 PasswordResetTicketPort staffResets, Clock clock) {
        this.signups = signups;
        this.portalResets = portalResets;
        this.staffResets = staffResets;
        this.clock = clock;
    }

    @Override
    public int purge() {
        Instant now = clock.instant();
        return signups.purgeDead(now) + portalResets.purgeDead(now) + staffResets.purgeDead(now);
    }
}
