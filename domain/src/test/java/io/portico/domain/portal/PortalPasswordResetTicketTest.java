package io.portico.domain.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.domain.shared.SecretToken;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PortalPasswordResetTicketTest {

    private final Instant issuedAt = Instant.parse("2026-11-23T10:00:00Z");
    private final PortalPasswordResetTicket ticket =
            PortalPasswordResetTicket.issue(PortalUserId.random(), SecretToken.generate().hash(), issuedAt);

    @Test
    void B11_a_reset_link_works_for_one_hour() {
        assertThat(ticket.expiresAt()).isEqualTo(issuedAt.plus(Duration.ofHours(1)));
        assertThat(ticket.usableAt(issuedAt)).isTrue();
        assertThat(ticket.usableAt(issuedAt.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(ticket.usableAt(issuedAt.plus(Duration.ofHours(1)))).isFalse();
    }

    @Test
    void B11_a_used_or_voided_reset_link_never_works_again() {
        PortalPasswordResetTicket closed = ticket.closedAt(issuedAt.plusSeconds(1));
        assertThat(closed.usableAt(issuedAt.plusSeconds(2))).isFalse();
        assertThat(closed.closedAt(issuedAt.plusSeconds(30)).closedAt()).as("closed once, when it first closed")
                .isEqualTo(issuedAt.plusSeconds(1));
    }
}
