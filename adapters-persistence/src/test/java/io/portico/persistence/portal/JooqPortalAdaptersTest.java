package io.portico.persistence.portal;

import static io.portico.persistence.shared.Concurrently.arriveAndAwait;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.portal.PortalPortsContract;
import io.portico.application.portal.port.out.InvitationPort;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.portal.Invitation;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.portal.PortalSettings;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffId;
import io.portico.persistence.account.AccountAdapters;
import io.portico.persistence.contact.ContactAdapters;
import io.portico.persistence.shared.Concurrently;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqPortalAdaptersTest extends PortalPortsContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = StaffAdapters.staff(postgres.dsl());
    private final ContactPort contacts = ContactAdapters.contacts(postgres.dsl());
    private final AccountPort accounts = AccountAdapters.accounts(postgres.dsl());
    private final PortalUserPort users = new JooqPortalUserAdapter(postgres.dsl());
    private final InvitationPort invitations = new JooqInvitationAdapter(postgres.dsl());
    private final PortalAccessPort access = new JooqPortalAccessAdapter(postgres.dsl());

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
    protected PortalUserPort users() {
        return users;
    }

    @Override
    protected InvitationPort invitations() {
        return invitations;
    }

    @Override
    protected PortalAccessPort access() {
        return access;
    }

    @Test
    void B2_one_link_submitted_twice_at_once_is_redeemed_once() throws Exception {
        StaffId anna = staff.findByEmail(new EmailAddress("anna.bianchi@studio.it")).orElseThrow().id();
        AccountId account = new AccountId((UUID) postgres.dsl().fetchValue("select id from account limit 1"));
        Instant now = Instant.parse("2026-04-01T09:00:00Z");
        Invitation link = Invitation.send(SecretToken.generate().hash(), account, new EmailAddress("mario@rossi.it"), "", anna, now,
                InvitationValidity.DEFAULT);
        invitations.add(link);
        var bothReady = new CountDownLatch(2);
        Callable<Boolean> redeem = () -> postgres.transactions().inTransaction(() -> {
            arriveAndAwait(bothReady);
            return invitations.redeem(link.tokenHash(), now.plusSeconds(1)).isPresent();
        });

        assertThat(Concurrently.run(redeem, redeem)).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void B2_the_firm_keeps_how_long_links_work() {
        var settings = new JooqPortalSettingsAdapter(postgres.dsl());
        assertThat(settings.load()).isEqualTo(PortalSettings.DEFAULT);
        postgres.dsl().execute("insert into firm (id, name, created_at) values (gen_random_uuid(), 'Studio', now())");

        settings.save(new PortalSettings(new InvitationValidity(14)));

        assertThat(settings.load().invitationValidity().days()).isEqualTo(14);
    }
}
