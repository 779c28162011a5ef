package io.portico.application.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.portal.port.out.PortalPasswordResetPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.portal.PortalPasswordResetTicket;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.SecretToken;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PortalPasswordResetPort} does; each test starts with no portal users and no links. */
public abstract class PortalPasswordResetPortContract {

    protected abstract PortalUserPort users();

    protected abstract PortalPasswordResetPort resets();

    /** Each submission in its own transaction, as the reset use case runs it. */
    protected abstract Transactions transactions();

    protected final Instant now = Instant.parse("2026-11-23T09:00:00Z");
    protected PortalUser mario;
    private PortalUser lucia;

    @BeforeEach
    void twoPortalUsers() {
        mario = PortalUser.activate(new EmailAddress("mario@rossi.it"), "hash", now);
        lucia = PortalUser.activate(new EmailAddress("lucia@verdi.it"), "hash", now);
        users().add(mario);
        users().add(lucia);
    }

    protected PortalPasswordResetTicket issue(PortalUser user, Instant at) {
        var ticket = PortalPasswordResetTicket.issue(user.id(), SecretToken.generate().hash(), at);
        resets().issue(ticket, at);
        return ticket;
    }

    @Test
    void B11_an_issued_link_is_found_by_its_hash_only() {
        var ticket = issue(mario, now);
        assertThat(resets().find(ticket.tokenHash())).contains(ticket);
        assertThat(resets().find(SecretToken.generate().hash())).isEmpty();
    }

    @Test
    void B11_a_link_is_redeemed_once() {
        var ticket = issue(mario, now);
        assertThat(resets().redeem(ticket.tokenHash(), now.plusSeconds(60))).contains(mario.id());
        assertThat(resets().redeem(ticket.tokenHash(), now.plusSeconds(61))).isEmpty();
        assertThat(resets().find(ticket.tokenHash()).orElseThrow().usableAt(now.plusSeconds(62))).isFalse();
    }

    @Test
    void B11_an_expired_link_is_not_redeemed() {
        var ticket = issue(mario, now);
        assertThat(resets().redeem(ticket.tokenHash(), ticket.expiresAt())).isEmpty();
        assertThat(resets().redeem(ticket.tokenHash(), ticket.expiresAt().minusSeconds(1))).as("still open until then")
                .contains(mario.id());
    }

    @Test
    void B11_an_unknown_link_is_not_redeemed() {
        assertThat(resets().redeem(SecretToken.generate().hash(), now)).isEmpty();
    }

    @Test
    void B11_issuing_a_new_link_voids_the_older_ones_of_that_user_only() {
        var older = issue(mario, now);
        var luciasLink = issue(lucia, now);
        var newer = issue(mario, now.plusSeconds(5));

        assertThat(resets().find(older.tokenHash()).orElseThrow().usableAt(now.plusSeconds(6))).isFalse();
        assertThat(resets().redeem(older.tokenHash(), now.plusSeconds(6))).isEmpty();
        assertThat(resets().redeem(newer.tokenHash(), now.plusSeconds(7))).contains(mario.id());
        assertThat(resets().redeem(luciasLink.tokenHash(), now.plusSeconds(8))).contains(lucia.id());
    }

    @Test
    void B11_using_a_link_leaves_the_links_of_other_users_open() {
        var marios = issue(mario, now);
        var lucias = issue(lucia, now);

        assertThat(resets().redeem(marios.tokenHash(), now.plusSeconds(10))).contains(mario.id());
        assertThat(resets().find(lucias.tokenHash()).orElseThrow().usableAt(now.plusSeconds(11))).isTrue();
    }

    @Test
    void B11_one_link_submitted_twice_at_once_is_redeemed_once() throws Exception {
        var ticket = issue(mario, now);
        var bothReady = new CountDownLatch(2);
        Callable<Optional<PortalUserId>> submit = () -> transactions().inTransaction(() -> {
            bothReady.countDown();
            awaitOther(bothReady);
            return resets().redeem(ticket.tokenHash(), now.plusSeconds(60));
        });

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<PortalUserId>> first = threads.submit(submit);
            Future<Optional<PortalUserId>> second = threads.submit(submit);
            assertThat(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder(Optional.of(mario.id()), Optional.empty());
        } finally {
            threads.shutdownNow();
        }
    }

    private static void awaitOther(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("the other submission got there").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void B11_dead_links_are_purged_and_open_ones_kept() {
        var replaced = issue(mario, now.minusSeconds(60));
        var open = issue(mario, now);
        var expired = issue(lucia, now.minus(java.time.Duration.ofHours(2)));

        assertThat(resets().purgeDead(now.plusSeconds(1))).isEqualTo(2);

        assertThat(resets().find(open.tokenHash())).isPresent();
        assertThat(resets().find(replaced.tokenHash())).isEmpty();
        assertThat(resets().find(expired.tokenHash())).isEmpty();
    }
}
