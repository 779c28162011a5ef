package io.portico.persistence.staff;

import static io.portico.persistence.jooq.Tables.FIRM;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.staff.TeamPortsContract;
import io.portico.application.staff.port.out.SoleTeamAccountsPort;
import io.portico.application.staff.port.out.StaffInvitationsPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.staff.port.out.TeamSettingsPort;
import io.portico.persistence.account.AccountAdapters;
import io.portico.persistence.contact.ContactAdapters;
import io.portico.persistence.link.LinkAdapters;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqTeamPortsTest extends TeamPortsContract {

    private final TestPostgres postgres = TestPostgres.get();

    @BeforeEach
    void aFirm() {
        postgres.dsl().insertInto(FIRM).set(FIRM.ID, UUID.randomUUID()).set(FIRM.NAME, "Studio Bianchi")
                .set(FIRM.CREATED_AT, Instant.parse("2026-04-01T09:00:00Z")).execute();
    }

    @Override
    protected StaffPort staff() {
        return new JooqStaffAdapter(postgres.dsl());
    }

    @Override
    protected ContactPort contacts() {
        return ContactAdapters.contacts(postgres.dsl());
    }

    @Override
    protected AccountPort accounts() {
        return AccountAdapters.accounts(postgres.dsl());
    }

    @Override
    protected MailedLinkPort links() {
        return LinkAdapters.links(postgres.dsl());
    }

    @Override
    protected StaffInvitationsPort invitations() {
        return new JooqStaffInvitationsAdapter(postgres.dsl());
    }

    @Override
    protected SoleTeamAccountsPort soleTeams() {
        return new JooqSoleTeamAccountsAdapter(postgres.dsl());
    }

    @Override
    protected TeamSettingsPort settings() {
        return new JooqTeamSettingsAdapter(postgres.dsl());
    }
}
