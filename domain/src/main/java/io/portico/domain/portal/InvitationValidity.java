package io.portico.domain.portal;

import io.portico.domain.shared.InvalidInputException;
import java.time.Duration;

/** How long an invitation link works: the firm's setting, 7 days unless changed (1 to 90). */
public record InvitationValidity(int days) {

    public static final InvitationValidity DEFAULT = new InvitationValidity(7);
    public static final int MAX_DAYS = 90;

    public InvitationValidity {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("invitationValidity", "portal.invitation-validity.range", 1, MAX_DAYS);
        }
    }

    public Duration duration() {
        return Duration.ofDays(days);
    }
}
