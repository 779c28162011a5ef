package io.portico.persistence.link;

import static io.portico.persistence.jooq.Tables.MAILED_LINK;
import static io.portico.persistence.shared.Concurrently.arriveAndAwait;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.link.MailedLinkPortContract;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.link.MailedLink;
import io.portico.domain.shared.SecretToken;
import io.portico.persistence.account.AccountAdapters;
import io.portico.persistence.contact.ContactAdapters;
import io.portico.persistence.shared.Concurrently;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqMailedLinkAdapterTest extends MailedLinkPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = StaffAdapters.staff(postgres.dsl());
    private final ContactPort contacts = ContactAdapters.contacts(postgres.dsl());
    private final AccountPort accounts = AccountAdapters.accounts(postgres.dsl());
    private final JooqMailedLinkAdapter links = new JooqMailedLinkAdapter(postgres.dsl());

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Override
    protected ContactPort contacts() {
        return contacts;
    }

    @Override
    protected AccountPort accounts() {
        return accounts;
    }

    @Override
    protected MailedLinkPort links() {
        return links;
    }

    @Override
    protected Transactions transactions() {
        return postgres.transactions();
    }

    /** Stored open beside the holder's other open link, as two requests that crossed before issue 9 left them. */
    private MailedLink crossed(MailedLink first) {
        MailedLink second = MailedLink.issue(SecretToken.generate().hash(), first.purpose(), first.holder(), first.issuedAt());
        postgres.dsl().insertInto(MAILED_LINK)
                .set(MAILED_LINK.TOKEN_HASH, second.tokenHash().value())
                .set(MAILED_LINK.PURPOSE, second.purpose().name())
                .set(MAILED_LINK.HOLDER, second.holder().key())
                .set(MAILED_LINK.ISSUED_AT, second.issuedAt())
                .set(MAILED_LINK.EXPIRES_AT, second.expiresAt())
                .execute();
        return second;
    }

    @Test
    void G1_B11_using_a_link_voids_the_holders_other_open_links() {
        MailedLink first = staffReset(ANNA, NOW);
        MailedLink second = crossed(first);

        assertThat(links.redeem(LinkPurpose.STAFF_PASSWORD_RESET, second.tokenHash(), NOW.plusSeconds(10))).isPresent();

        assertThat(links.find(LinkPurpose.STAFF_PASSWORD_RESET, first.tokenHash()).orElseThrow().voidedAt())
                .isEqualTo(NOW.plusSeconds(10));
    }

    @Test
    void G1_B11_two_links_of_one_person_used_at_once_redeem_only_one() throws Exception {
        MailedLink first = staffReset(ANNA, NOW);
        MailedLink second = crossed(first);
        var firstRedeemed = new CountDownLatch(1);
        var secondStarting = new CountDownLatch(1);
        Callable<Optional<MailedLink>> redeemFirst = () -> transactions().inTransaction(() -> {
            Optional<MailedLink> redeemed = links.redeem(LinkPurpose.STAFF_PASSWORD_RESET, first.tokenHash(), NOW.plusSeconds(60));
            firstRedeemed.countDown();
            Concurrently.await(secondStarting); // still uncommitted when the second link is used
            return redeemed;
        });
        Callable<Optional<MailedLink>> redeemSecond = () -> {
            Concurrently.await(firstRedeemed);
            secondStarting.countDown();
            return transactions().inTransaction(() -> links.redeem(LinkPurpose.STAFF_PASSWORD_RESET, second.tokenHash(),
                    NOW.plusSeconds(60)));
        };

        var results = Concurrently.run(redeemFirst, redeemSecond);

        assertThat(results.get(0)).isPresent();
        assertThat(results.get(1)).isEmpty();
    }

    @Test
    void G1_B11_two_requests_at_once_leave_one_open_link() throws Exception {
        var bothReady = new CountDownLatch(2);
        Callable<MailedLink> request = () -> transactions().inTransaction(() -> {
            arriveAndAwait(bothReady);
            return reset(LinkPurpose.PORTAL_PASSWORD_RESET, ANNA, NOW);
        });

        var issued = Concurrently.run(request, request);

        assertThat(issued.stream().filter(link -> links.find(LinkPurpose.PORTAL_PASSWORD_RESET, link.tokenHash()).orElseThrow()
                .usableAt(NOW.plusSeconds(1)))).hasSize(1);
    }
}
