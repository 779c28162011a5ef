package io.portico.persistence.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.portal.PortalPortsContract;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.portal.PortalSettings;
import io.portico.persistence.account.AccountAdapters;
import io.portico.persistence.contact.ContactAdapters;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqPortalAdaptersTest extends PortalPortsContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = StaffAdapters.staff(postgres.dsl());
    private final ContactPort contacts = ContactAdapters.contacts(postgres.dsl());
    private final AccountPort accounts = AccountAdapters.accounts(postgres.dsl());
    private final PortalUserPort users = new JooqPortalUserAdapter(postgres.dsl());
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
    protected PortalAccessPort access() {
        return access;
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
