package io.portico.persistence.portal;

import static io.portico.persistence.jooq.Tables.PORTAL_PASSWORD_RESET;
import static io.portico.persistence.shared.Concurrently.arriveAndAwait;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.portal.PortalPasswordResetPortContract;
import io.portico.application.portal.port.out.PortalPasswordResetPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.portal.PortalPasswordResetTicket;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.SecretToken;
import io.portico.persistence.shared.Concurrently;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqPortalPasswordResetAdapterTest extends PortalPasswordResetPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final PortalUserPort users = new JooqPortalUserAdapter(postgres.dsl());
    private final PortalPasswordResetPort resets = new JooqPortalPasswordResetAdapter(postgres.dsl());

    @Override
    protected PortalUserPort users() {
        return users;
    }

    @Override
    protected PortalPasswordResetPort resets() {
        return resets;
    }

    @Override
    protected Transactions transactions() {
        return postgres.transactions();
    }

    @Test
    void B11_two_links_of_one_client_used_at_once_redeem_only_one() throws Exception {
        PortalPasswordResetTicket first = issue(mario, now);
        // stored as if two requests had crossed, both open: the redeem statement alone must keep them apart
        PortalPasswordResetTicket second = PortalPasswordResetTicket.issue(mario.id(), SecretToken.generate().hash(), now);
        postgres.dsl().insertInto(PORTAL_PASSWORD_RESET)
                .set(PORTAL_PASSWORD_RESET.TOKEN_HASH, second.tokenHash().value())
                .set(PORTAL_PASSWORD_RESET.PORTAL_USER_ID, mario.id().value())
                .set(PORTAL_PASSWORD_RESET.EXPIRES_AT, second.expiresAt())
                .execute();
        var firstRedeemed = new CountDownLatch(1);
        var secondStarting = new CountDownLatch(1);
        Callable<Optional<PortalUserId>> redeemFirst = () -> transactions().inTransaction(() -> {
            Optional<PortalUserId> redeemed = resets.redeem(first.tokenHash(), now.plusSeconds(60));
            firstRedeemed.countDown();
            Concurrently.await(secondStarting); // still uncommitted when the second link is used
            return redeemed;
        });
        Callable<Optional<PortalUserId>> redeemSecond = () -> {
            Concurrently.await(firstRedeemed);
            secondStarting.countDown();
            return transactions().inTransaction(() -> resets.redeem(second.tokenHash(), now.plusSeconds(60)));
        };

        assertThat(Concurrently.run(redeemFirst, redeemSecond)).containsExactly(Optional.of(mario.id()), Optional.empty());
    }

    @Test
    void B11_two_requests_at_once_leave_one_open_link() throws Exception {
        var bothReady = new CountDownLatch(2);
        Callable<PortalPasswordResetTicket> request = () -> transactions().inTransaction(() -> {
            arriveAndAwait(bothReady);
            return issue(mario, now);
        });

        var issued = Concurrently.run(request, request);

        assertThat(issued.stream().filter(t -> resets.find(t.tokenHash()).orElseThrow().usableAt(now.plusSeconds(1))))
                .hasSize(1);
    }
}
