package io.portico.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.domain.shared.SecretToken;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PasswordResetTicketTest {

    private final Instant issuedAt = Instant.parse("2026-01-10T10:00:00Z");
    private final PasswordResetTicket ticket =
            PasswordResetTicket.issue(StaffId.random(), SecretToken.generate().hash(), issuedAt);

    @Test
    void G1_a_reset_link_works_for_one_hour() {
        assertThat(ticket.usableAt(issuedAt.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(ticket.usableAt(issuedAt.plus(Duration.ofHours(1)))).isFalse();
    }

    @Test
    void G1_a_used_reset_link_never_works_again() {
        var used = new PasswordResetTicket(ticket.staffId(), ticket.tokenHash(), ticket.expiresAt(), issuedAt.plusSeconds(1));
        assertThat(used.usableAt(issuedAt.plusSeconds(2))).isFalse();
    }
}
