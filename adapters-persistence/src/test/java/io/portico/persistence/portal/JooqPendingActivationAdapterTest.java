package io.portico.persistence.portal;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.portal.PendingActivationPortContract;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.portal.port.out.PendingActivationPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.persistence.account.AccountAdapters;
import io.portico.persistence.contact.ContactAdapters;
import io.portico.persistence.link.LinkAdapters;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqPendingActivationAdapterTest extends PendingActivationPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = StaffAdapters.staff(postgres.dsl());
    private final ContactPort contacts = ContactAdapters.contacts(postgres.dsl());
    private final AccountPort accounts = AccountAdapters.accounts(postgres.dsl());
    private final PortalUserPort users = new JooqPortalUserAdapter(postgres.dsl());
    private final MailedLinkPort links = LinkAdapters.links(postgres.dsl());
    private final PendingActivationPort pending = new JooqPendingActivationAdapter(postgres.dsl());

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
    protected MailedLinkPort links() {
        return links;
    }

    @Override
    protected PendingActivationPort pending() {
        return pending;
    }

    @Override
    protected io.portico.application.account.port.out.AccountArchivePort archive() {
        return io.portico.persistence.account.AccountAdapters.archive(postgres.dsl());
    }
}
