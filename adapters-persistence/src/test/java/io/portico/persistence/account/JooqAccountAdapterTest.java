package io.portico.persistence.account;

import static io.portico.application.account.AccountFixtures.NOW;
import static io.portico.persistence.jooq.Tables.ACCOUNT_CONTACT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_TEAM;
import static io.portico.persistence.jooq.Tables.EMAIL_ACCESS;
import static io.portico.persistence.shared.Concurrently.arriveAndAwait;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.AccountPortContract;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.customfield.port.out.CustomFieldPort;
import io.portico.application.tag.port.out.TagPort;
import io.portico.persistence.customfield.CustomFieldAdapters;
import io.portico.persistence.tag.TagAdapters;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountName;
import io.portico.domain.account.ContactLink;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.StaleRecordException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.persistence.contact.ContactAdapters;
import io.portico.persistence.shared.Concurrently;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqAccountAdapterTest extends AccountPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = StaffAdapters.staff(postgres.dsl());
    private final ContactPort contacts = ContactAdapters.contacts(postgres.dsl());
    private final AccountPort accounts = new JooqAccountAdapter(postgres.dsl());
    private final Transactions transactions = postgres.transactions();
    private final TagPort tags = TagAdapters.tags(postgres.dsl());
    private final CustomFieldPort fields = CustomFieldAdapters.fields(postgres.dsl());

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Override
    protected TagPort tags() {
        return tags;
    }

    @Override
    protected CustomFieldPort fields() {
        return fields;
    }

    @Override
    protected ContactPort contacts() {
        return contacts;
    }

    @Override
    protected AccountPort accounts() {
        return accounts;
    }

    @Test
    void two_saves_of_one_version_at_once_exactly_one_wins_and_the_other_names_the_winner() throws Exception {
        StaffMember luca = AccountFixtures.staff(staff, "Luca", "Neri", StaffRole.ADMIN);
        StaffMember sara = AccountFixtures.staff(staff, "Sara", "Galli", StaffRole.ADMIN);
        Contact paolo = AccountFixtures.contact(contacts, luca.id(), "Paolo", "Gialli", "paolo@gialli.it");
        Account gialli = AccountFixtures.individual("Gialli", Set.of(luca.id()), AccountFixtures.plain(paolo));
        accounts.add(gialli, luca.id(), NOW);
        var bothLoaded = new CountDownLatch(2);

        List<String> outcomes = Concurrently.run(saveAtOnce(bothLoaded, gialli, luca, "Gialli L"), saveAtOnce(bothLoaded, gialli, sara, "Gialli S"));

        Account stored = accounts.find(gialli.id()).orElseThrow();
        String winner = stored.name().value().endsWith("L") ? "Luca Neri" : "Sara Galli";
        assertThat(outcomes).containsExactlyInAnyOrder("saved by " + winner, "stale, changed by " + winner);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void toggles_follow_an_address_that_is_reordered_or_recapitalised_and_go_with_a_removed_one() {
        StaffMember luca = AccountFixtures.staff(staff, "Luca", "Neri", StaffRole.ADMIN);
        Contact paolo = AccountFixtures.contact(contacts, luca.id(), "Paolo", "Gialli", "paolo@gialli.it", "p.gialli@gmail.com", "old@gialli.it");
        ContactLink link = ContactLink.of(paolo, "", List.of(
                new EmailAccess(new EmailAddress("paolo@gialli.it"), true, false, false),
                new EmailAccess(new EmailAddress("p.gialli@gmail.com"), false, true, true),
                new EmailAccess(new EmailAddress("old@gialli.it"), true, true, true)));
        Account gialli = AccountFixtures.individual("Gialli", Set.of(luca.id()), link);
        accounts.add(gialli, luca.id(), NOW);

        contacts.update(new Contact(paolo.id(), paolo.name(), new ContactEmails(List.of(
                new EmailAddress("P.Gialli@gmail.com"), new EmailAddress("paolo@gialli.it"))), paolo.phone(), paolo.address(), paolo.version()),
                luca.id(), NOW.plusSeconds(10));

        assertThat(accounts.find(gialli.id()).orElseThrow().links().getFirst().access()).containsExactly(
                new EmailAccess(new EmailAddress("P.Gialli@gmail.com"), false, true, true),
                new EmailAccess(new EmailAddress("paolo@gialli.it"), true, false, false));
    }

    @Test
    void item4_a_team_member_added_is_one_row_inserted_and_every_other_child_row_stays_the_row_it_was() {
        StaffMember luca = AccountFixtures.staff(staff, "Luca", "Neri", StaffRole.ADMIN);
        StaffMember sara = AccountFixtures.staff(staff, "Sara", "Galli", StaffRole.ADMIN);
        Contact paolo = AccountFixtures.contact(contacts, luca.id(), "Paolo", "Gialli", "paolo@gialli.it");
        Account gialli = AccountFixtures.individual("Gialli", Set.of(luca.id()), AccountFixtures.loginFor(paolo, "paolo@gialli.it"));
        accounts.add(gialli, luca.id(), NOW);
        Map<String, String> before = childRows();

        accounts.update(gialli.withTeam(Set.of(luca.id(), sara.id())), luca.id(), NOW.plusSeconds(1));

        Map<String, String> after = childRows();
        assertThat(after).hasSize(before.size() + 1).containsAllEntriesOf(before);
        assertThat(accounts.find(gialli.id()).orElseThrow().team()).containsExactlyInAnyOrder(luca.id(), sara.id());
        accounts.update(accounts.find(gialli.id()).orElseThrow().withTeam(Set.of(sara.id())), luca.id(), NOW.plusSeconds(2));
        assertThat(childRows()).hasSize(before.size()).containsEntry("link " + paolo.id().value(), before.get("link " + paolo.id().value()));
    }

    /** Every child row of the accounts by what it is, with its physical version (ctid, xmin): a rewritten row gets new ones. */
    private Map<String, String> childRows() {
        var version = org.jooq.impl.DSL.field("ctid::text || '@' || xmin::text", String.class);
        var dsl = postgres.dsl();
        Map<String, String> rows = new java.util.HashMap<>();
        dsl.select(ACCOUNT_TEAM.STAFF_ID, version).from(ACCOUNT_TEAM).forEach(r -> rows.put("team " + r.value1(), r.value2()));
        dsl.select(ACCOUNT_CONTACT.CONTACT_ID, version).from(ACCOUNT_CONTACT).forEach(r -> rows.put("link " + r.value1(), r.value2()));
        dsl.select(EMAIL_ACCESS.EMAIL_KEY, version).from(EMAIL_ACCESS).forEach(r -> rows.put("access " + r.value1(), r.value2()));
        return rows;
    }

    @Test
    void a_company_keeps_its_company_name_and_address() {
        StaffMember luca = AccountFixtures.staff(staff, "Luca", "Neri", StaffRole.ADMIN);
        Contact paolo = AccountFixtures.contact(contacts, luca.id(), "Paolo", "Gialli");
        Account company = AccountFixtures.company("Gialli", Set.of(), AccountFixtures.plain(paolo));
        accounts.add(company, luca.id(), NOW);
        assertThat(accounts.find(company.id())).contains(company);
    }

    private Callable<String> saveAtOnce(CountDownLatch bothLoaded, Account account, StaffMember by, String name) {
        return () -> {
            try {
                return transactions.inTransaction(() -> {
                    Account loaded = accounts.find(account.id()).orElseThrow();
                    arriveAndAwait(bothLoaded);
                    accounts.update(new Account(loaded.id(), loaded.type(), new AccountName(name), loaded.companyName(),
                            loaded.companyAddress(), loaded.team(), loaded.links(), loaded.version()), by.id(), NOW.plusSeconds(5));
                    return "saved by " + by.name().full();
                });
            } catch (StaleRecordException e) {
                return "stale, changed by " + e.changedBy();
            }
        };
    }
}
