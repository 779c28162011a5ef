package io.portico.persistence.access;

import static io.portico.persistence.jooq.Tables.ACCOUNT_CONTACT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_TEAM;
import static io.portico.persistence.jooq.Tables.EMAIL_ACCESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;

import io.portico.application.access.AccessPortContract;
import io.portico.application.access.port.out.LoadAccessPort;
import io.portico.application.access.port.out.SaveAccessPort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.portal.port.out.UnlinkedAccessPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.access.AccessToggle;
import io.portico.domain.account.access.AccountAccess;
import io.portico.domain.account.access.Actor;
import io.portico.persistence.account.AccountAdapters;
import io.portico.persistence.contact.ContactAdapters;
import io.portico.persistence.portal.PortalAdapters;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import java.util.Map;
import java.util.Optional;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqAccessAdapterTest extends AccessPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = StaffAdapters.staff(postgres.dsl());
    private final ContactPort contacts = ContactAdapters.contacts(postgres.dsl());
    private final AccountPort accounts = AccountAdapters.accounts(postgres.dsl());
    private final PortalUserPort users = PortalAdapters.users(postgres.dsl());
    private final UnlinkedAccessPort unlinked = PortalAdapters.unlinked(postgres.dsl());
    private final PortalAccessPort portalAccess = PortalAdapters.access(postgres.dsl());
    private final JooqAccessAdapter access = new JooqAccessAdapter(postgres.dsl());

    @Test
    void item4_turning_one_toggle_writes_that_addresss_row_only() {
        Map<Object, Object> accessRows = rowVersions(EMAIL_ACCESS);
        Map<Object, Object> linkRows = rowVersions(ACCOUNT_CONTACT);
        Map<Object, Object> teamRows = rowVersions(ACCOUNT_TEAM);
        AccountAccess loaded = loaded();

        access.save(loaded, loaded.turn(mario.id(), MARIO, AccessToggle.NOTIFY, true, Optional.empty(), Actor.staff(anna.id()), NOW),
                anna.id(), NOW);

        Map<Object, Object> after = rowVersions(EMAIL_ACCESS);
        assertThat(after).hasSameSizeAs(accessRows);
        assertThat(after).as("every other address's row is the row it was").containsAllEntriesOf(withoutMarios(accessRows));
        assertThat(after.get(mario.id().value() + "/" + MARIO.lookupKey()))
                .isNotEqualTo(accessRows.get(mario.id().value() + "/" + MARIO.lookupKey()));
        assertThat(rowVersions(ACCOUNT_CONTACT)).isEqualTo(linkRows);
        assertThat(rowVersions(ACCOUNT_TEAM)).isEqualTo(teamRows);
    }

    private Map<Object, Object> withoutMarios(Map<Object, Object> rows) {
        var others = new java.util.HashMap<>(rows);
        others.remove(mario.id().value() + "/" + MARIO.lookupKey());
        return others;
    }

    /** Each row's physical version (ctid, xmin) by its key: a row rewritten gets new ones. */
    private Map<Object, Object> rowVersions(Table<?> table) {
        var key = table == EMAIL_ACCESS ? EMAIL_ACCESS.CONTACT_ID.cast(String.class).concat("/").concat(EMAIL_ACCESS.EMAIL_KEY)
                : table == ACCOUNT_CONTACT ? ACCOUNT_CONTACT.CONTACT_ID.cast(String.class) : ACCOUNT_TEAM.STAFF_ID.cast(String.class);
        return postgres.dsl().select(key, field("ctid::text || '@' || xmin::text", String.class)).from(table)
                .fetchMap(row -> row.value1(), row -> row.value2());
    }

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
    protected UnlinkedAccessPort unlinked() {
        return unlinked;
    }

    @Override
    protected PortalAccessPort portalAccess() {
        return portalAccess;
    }

    @Override
    protected LoadAccessPort load() {
        return access;
    }

    @Override
    protected SaveAccessPort save() {
        return access;
    }
}
