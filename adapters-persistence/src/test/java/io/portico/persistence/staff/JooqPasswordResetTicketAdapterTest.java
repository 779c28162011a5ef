package io.portico.persistence.staff;

import static io.portico.persistence.shared.Concurrently.arriveAndAwait;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.PasswordResetTicketPortContract;
import io.portico.application.staff.port.out.PasswordResetTicketPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.PasswordResetTicket;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.persistence.shared.Concurrently;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqPasswordResetTicketAdapterTest extends PasswordResetTicketPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = new JooqStaffAdapter(postgres.dsl());
    private final PasswordResetTicketPort tickets = new JooqPasswordResetTicketAdapter(postgres.dsl());
    private final Transactions transactions = postgres.transactions();
    private final Instant now = Instant.parse("2026-03-01T09:00:00Z");

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Override
    protected PasswordResetTicketPort tickets() {
        return tickets;
    }

    @Test
    void G1_one_link_used_twice_at_once_is_redeemed_once() throws Exception {
        PasswordResetTicket ticket = ticketOf(member("luca@studio.it"));
        var bothReady = new CountDownLatch(2);
        Callable<Optional<StaffId>> redeem = () -> transactions.inTransaction(() -> {
            arriveAndAwait(bothReady);
            return tickets.redeem(ticket.tokenHash(), now.plusSeconds(60));
        });

        assertThat(Concurrently.run(redeem, redeem)).containsExactlyInAnyOrder(Optional.of(ticket.staffId()), Optional.empty());
    }

    @Test
    void G1_two_links_of_one_person_used_at_once_redeem_only_one() throws Exception {
        StaffMember luca = member("luca@studio.it");
        PasswordResetTicket first = ticketOf(luca);
        PasswordResetTicket second = ticketOf(luca);
        var firstRedeemed = new CountDownLatch(1);
        var secondStarting = new CountDownLatch(1);
        Callable<Optional<StaffId>> redeemFirst = () -> transactions.inTransaction(() -> {
            Optional<StaffId> redeemed = tickets.redeem(first.tokenHash(), now.plusSeconds(60));
            firstRedeemed.countDown();
            Concurrently.await(secondStarting); // still uncommitted when the second link is used
            return redeemed;
        });
        Callable<Optional<StaffId>> redeemSecond = () -> {
            Concurrently.await(firstRedeemed);
            secondStarting.countDown();
            return transactions.inTransaction(() -> tickets.redeem(second.tokenHash(), now.plusSeconds(60)));
        };

        assertThat(Concurrently.run(redeemFirst, redeemSecond)).containsExactly(Optional.of(luca.id()), Optional.empty());
    }

    private StaffMember member(String email) {
        StaffMember member = StaffMember.owner(new PersonName("Luca", "Neri"), new EmailAddress(email));
        staff.add(member, "hash");
        return member;
    }

    private PasswordResetTicket ticketOf(StaffMember member) {
        PasswordResetTicket ticket = PasswordResetTicket.issue(member.id(), SecretToken.generate().hash(), now);
        tickets.save(ticket);
        return ticket;
    }
}
