package io.portico.persistence.account;

import io.portico.application.account.ArchivedAccountsContract;
import io.portico.application.account.port.out.AccountArchivePort;
import io.portico.application.account.port.out.AccountFiguresPort;
import io.portico.application.account.port.out.AccountListPort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.bulk.port.out.BulkAccessPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.notification.port.out.NotificationRecipientsPort;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.persistence.bulk.BulkAdapters;
import io.portico.persistence.contact.ContactAdapters;
import io.portico.persistence.notification.NotificationAdapters;
import io.portico.persistence.portal.PortalAdapters;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqArchivedAccountsTest extends ArchivedAccountsContract {

    private final TestPostgres postgres = TestPostgres.get();

    @Override
    protected StaffPort staff() {
        return StaffAdapters.staff(postgres.dsl());
    }

    @Override
    protected ContactPort contacts() {
        return ContactAdapters.contacts(postgres.dsl());
    }

    @Override
    protected AccountPort accounts() {
        return new JooqAccountAdapter(postgres.dsl());
    }

    @Override
    protected AccountArchivePort archive() {
        return new JooqAccountArchiveAdapter(postgres.dsl());
    }

    @Override
    protected AccountListPort list() {
        return new JooqAccountListAdapter(postgres.dsl());
    }

    @Override
    protected AccountFiguresPort figures() {
        return new JooqAccountFiguresAdapter(postgres.dsl());
    }

    @Override
    protected PortalAccessPort portalAccess() {
        return PortalAdapters.access(postgres.dsl());
    }

    @Override
    protected NotificationRecipientsPort recipients() {
        return NotificationAdapters.recipients(postgres.dsl());
    }

    @Override
    protected BulkAccessPort bulk() {
        return BulkAdapters.bulk(postgres.dsl());
    }
}
