package io.portico.application.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.staff.port.out.PasswordResetTicketPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.PasswordResetTicket;
import io.portico.domain.staff.StaffMember;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PasswordResetTicketPort} does; each test starts with no staff and no tickets. */
public abstract class PasswordResetTicketPortContract {

    protected abstract StaffPort staff();

    protected abstract PasswordResetTicketPort tickets();

    private final Instant now = Instant.parse("2026-03-01T09:00:00Z");
    private StaffMember anna;

    @BeforeEach
    void addStaffMember() {
        anna = StaffPortContract.owner("anna@studio.it");
        staff().add(anna, "hash");
    }

    @Test
    void a_saved_ticket_is_found_by_its_hash() {
        var ticket = PasswordResetTicket.issue(anna.id(), SecretToken.generate().hash(), now);
        tickets().save(ticket);
        assertThat(tickets().find(ticket.tokenHash())).contains(ticket);
        assertThat(tickets().find(SecretToken.generate().hash())).isEmpty();
    }

    @Test
    void G1_a_ticket_is_redeemed_once() {
        var ticket = PasswordResetTicket.issue(anna.id(), SecretToken.generate().hash(), now);
        tickets().save(ticket);
        assertThat(tickets().redeem(ticket.tokenHash(), now.plusSeconds(60))).contains(anna.id());
        assertThat(tickets().redeem(ticket.tokenHash(), now.plusSeconds(61))).isEmpty();
        assertThat(tickets().find(ticket.tokenHash()).orElseThrow().usableAt(now.plusSeconds(62))).isFalse();
    }

    @Test
    void G1_an_expired_ticket_is_not_redeemed() {
        var ticket = PasswordResetTicket.issue(anna.id(), SecretToken.generate().hash(), now);
        tickets().save(ticket);
        assertThat(tickets().redeem(ticket.tokenHash(), ticket.expiresAt())).isEmpty();
    }

    @Test
    void G1_redeeming_one_ticket_voids_the_other_open_tickets_of_that_person() {
        var first = PasswordResetTicket.issue(anna.id(), SecretToken.generate().hash(), now);
        var second = PasswordResetTicket.issue(anna.id(), SecretToken.generate().hash(), now.plusSeconds(5));
        tickets().save(first);
        tickets().save(second);
        tickets().redeem(second.tokenHash(), now.plusSeconds(10));
        assertThat(tickets().redeem(first.tokenHash(), now.plusSeconds(11))).isEmpty();
    }

    @Test
    void G1_dead_tickets_are_purged_and_open_ones_kept() {
        var used = PasswordResetTicket.issue(anna.id(), SecretToken.generate().hash(), now);
        var expired = PasswordResetTicket.issue(anna.id(), SecretToken.generate().hash(), now.minus(java.time.Duration.ofHours(2)));
        tickets().save(used);
        tickets().save(expired);
        tickets().redeem(used.tokenHash(), now);
        var open = PasswordResetTicket.issue(anna.id(), SecretToken.generate().hash(), now);
        tickets().save(open);

        assertThat(tickets().purgeDead(now.plusSeconds(1))).isEqualTo(2);

        assertThat(tickets().find(open.tokenHash())).isPresent();
        assertThat(tickets().find(used.tokenHash())).isEmpty();
        assertThat(tickets().find(expired.tokenHash())).isEmpty();
    }
}
