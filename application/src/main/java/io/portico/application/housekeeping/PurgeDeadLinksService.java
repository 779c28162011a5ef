package io.portico.application.housekeeping;

import io.portico.application.housekeeping.port.in.PurgeDeadLinksUseCase;
import io.portico.application.link.port.out.MailedLinkPort;
import java.time.Clock;

/**
 * Used, replaced and expired links serve nobody, and a sign-up never confirmed still holds a name and
 * address: they go. Invitations stay, as the history of who was invited when (B3).
 */
public final class PurgeDeadLinksService implements PurgeDeadLinksUseCase {

    private final MailedLinkPort links;
    private final Clock clock;

    public PurgeDeadLinksService(MailedLinkPort links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    @Override
    public int purge() {
        return links.purgeDead(clock.instant());
    }
}
