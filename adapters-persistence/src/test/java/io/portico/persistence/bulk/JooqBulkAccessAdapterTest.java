package io.portico.persistence.bulk;

import static io.portico.persistence.jooq.Tables.PORTAL_USER;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.access.port.out.LoadAccessPort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.bulk.BulkAccessPortContract;
import io.portico.application.bulk.port.out.BulkAccessPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.access.Actor;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.domain.account.access.HistoryType;
import io.portico.domain.job.JobId;
import io.portico.domain.notification.DeliveryMode;
import io.portico.domain.notification.NotificationCategory;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffMember;
import io.portico.persistence.access.AccessAdapters;
import io.portico.persistence.account.AccountAdapters;
import io.portico.persistence.audit.AuditAdapters;
import io.portico.persistence.contact.ContactAdapters;
import io.portico.persistence.link.LinkAdapters;
import io.portico.persistence.portal.PortalAdapters;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqBulkAccessAdapterTest extends BulkAccessPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = StaffAdapters.staff(postgres.dsl());
    private final ContactPort contacts = ContactAdapters.contacts(postgres.dsl());
    private final AccountPort accounts = AccountAdapters.accounts(postgres.dsl());
    private final PortalUserPort users = PortalAdapters.users(postgres.dsl());
    private final MailedLinkPort links = LinkAdapters.links(postgres.dsl());
    private final LoadAccessPort load = AccessAdapters.load(postgres.dsl());
    private final JooqBulkAccessAdapter bulk = new JooqBulkAccessAdapter(postgres.dsl());

    @Test
    void E3_a_chunks_history_is_written_in_one_statement_in_order_with_the_jobs_id() {
        var anna = io.portico.application.account.AccountFixtures.staff(staff, "Carla", "Verdi", io.portico.domain.staff.StaffRole.OWNER);
        var mario = io.portico.application.account.AccountFixtures.contact(contacts, anna.id(), "Marco", "Blu", "marco@blu.it");
        var account = io.portico.application.account.AccountFixtures.individual("Blu", Set.of(anna.id()),
                io.portico.domain.account.ContactLink.of(mario, "", List.of()));
        accounts.add(account, anna.id(), NOW);
        var byJob = new Actor(Optional.of(anna.id()), Optional.of(aJob(anna).value()));
        var entries = List.of(HistoryEntry.switched(account.id(), byJob, NOW, HistoryType.LOGIN, "marco@blu.it", true),
                new HistoryEntry(account.id(), byJob, NOW, HistoryType.INVITATION_SENT, "marco@blu.it"));

        AuditAdapters.audit(postgres.dsl()).recordAll(entries);

        assertThat(AuditAdapters.audit(postgres.dsl()).history(account.id(), 10)).containsExactly(entries.get(1), entries.get(0));
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
    protected MailedLinkPort links() {
        return links;
    }

    @Override
    protected LoadAccessPort load() {
        return load;
    }

    @Override
    protected BulkAccessPort bulk() {
        return bulk;
    }

    @Override
    protected JobId aJob(StaffMember by) {
        JobId id = JobId.random();
        postgres.dsl().execute("insert into job (id, kind, parameters, state, total, created_by, created_at) "
                + "values ({0}, 'BULK_ACCESS', '{}'::jsonb, 'QUEUED', 0, {1}, {2})", org.jooq.impl.DSL.val(id.value()),
                org.jooq.impl.DSL.val(by.id().value()), org.jooq.impl.DSL.val(OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC)));
        return id;
    }

    @Override
    protected long epoch(PortalUser user) {
        return postgres.dsl().select(PORTAL_USER.CREDENTIAL_EPOCH).from(PORTAL_USER).where(PORTAL_USER.ID.eq(user.id().value()))
                .fetchOne(PORTAL_USER.CREDENTIAL_EPOCH);
    }

    @Override
    protected NotificationPreferences preferences(AccountId account, EmailAddress email) {
        var row = postgres.dsl().fetchOptional("select all_categories, categories, delivery from notification_preference "
                + "where account_id = {0} and email_key = {1}", org.jooq.impl.DSL.val(account.value()), org.jooq.impl.DSL.val(email.lookupKey()));
        return row.map(r -> new NotificationPreferences(r.get(0, Boolean.class),
                java.util.Arrays.stream(r.get(1, String[].class)).map(NotificationCategory::valueOf).collect(Collectors.toSet()),
                DeliveryMode.valueOf(r.get(2, String.class)))).orElse(NotificationPreferences.DEFAULT);
    }
}
