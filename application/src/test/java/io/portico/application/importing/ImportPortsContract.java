package io.portico.application.importing;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.audit.port.out.AccessAuditPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.importing.port.out.ContactOwnersPort;
import io.portico.application.importing.port.out.ImportMappingPort;
import io.portico.application.importing.port.out.ImportStagingPort;
import io.portico.application.importing.port.out.UndoImportPort;
import io.portico.application.importing.port.out.WriteImportPort;
import io.portico.application.importing.port.out.WriteImportPort.ImportBatch;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.shared.port.out.CsvPort.CsvRow;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.ContactLink;
import io.portico.domain.account.access.Actor;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.domain.account.access.HistoryType;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactName;
import io.portico.domain.importing.ImportId;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobParameters;
import io.portico.domain.job.JobType;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.Language;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffRole;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the import's out ports do (issue 12 items 5–7); each test starts with nothing stored. */
public abstract class ImportPortsContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract AccessAuditPort audit();

    protected abstract JobPort jobs();

    protected abstract ImportStagingPort staging();

    protected abstract ImportMappingPort mappings();

    protected abstract ContactOwnersPort owners();

    protected abstract WriteImportPort writes();

    protected abstract UndoImportPort undo();

    protected abstract io.portico.application.account.port.out.AccountArchivePort archive();

    private StaffId anna;
    private StaffId marco;
    private JobId job;

    @BeforeEach
    void firm() {
        anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER).id();
        marco = AccountFixtures.staff(staff(), "Marco", "Verdi", StaffRole.EMPLOYEE).id();
        var queued = Job.queued(JobType.IMPORT, new JobParameters(Map.of()), 3, anna, NOW);
        jobs().add(queued);
        job = queued.id();
    }

    private ImportId staged(List<List<String>> rows) {
        return staged(rows, NOW);
    }

    private ImportId staged(List<List<String>> rows, Instant at) {
        ImportId id = ImportId.random();
        staging().create(id, anna, List.of("First", "Last"), at);
        for (int i = 0; i < rows.size(); i++) {
            staging().addRows(id, List.of(new CsvRow(i + 2, rows.get(i))));
        }
        return id;
    }

    private Contact fresh(String first, String email) {
        return Contact.create(new ContactName(first, "Rossi"), new ContactEmails(List.of(new EmailAddress(email))), "+39 02 1234567",
                new PostalAddress("Via Roma 1", "20121", "Milano", "MI", "IT")).withLanguage(Optional.of(Language.IT));
    }

    private Account accountOf(Contact contact, boolean login) {
        return AccountFixtures.individual(contact.name().full(), Set.of(anna),
                ContactLink.of(contact, "", List.of(new EmailAccess(contact.emails().all().getFirst(), login, false, false))));
    }

    private ImportBatch batch(List<Contact> contacts, List<Account> accounts) {
        var actor = new Actor(Optional.of(anna), Optional.of(job.value()));
        var history = accounts.stream().map(a -> new HistoryEntry(a.id(), actor, NOW, HistoryType.CONTACT_LINKED, a.name().value())).toList();
        return new ImportBatch(contacts, accounts, history, anna, NOW);
    }

    @Test
    void issue12_5_a_staged_file_reads_back_with_its_header_and_row_count() {
        ImportId id = staged(List.of(List.of("Mario", "Rossi"), List.of("Anna", "Verdi")));

        var file = staging().find(id).orElseThrow();
        assertThat(file.by()).isEqualTo(anna);
        assertThat(file.header()).containsExactly("First", "Last");
        assertThat(file.rows()).isEqualTo(2);
        assertThat(staging().find(ImportId.random())).isEmpty();
    }

    @Test
    void issue12_6_rows_page_in_order_and_name_the_earlier_row_they_repeat() {
        ImportId id = staged(List.of(List.of("Mario", "Rossi"), List.of("Mario, Rossi"), List.of("Mario", "Rossi"), List.of("Anna", "Verdi"),
                List.of("Mario", "Rossi")));

        var first = staging().rows(id, 1, 3);
        assertThat(first).extracting(ImportStagingPort.StagedRow::number).containsExactly(2L, 3L, 4L);
        assertThat(first).extracting(ImportStagingPort.StagedRow::duplicateOf)
                .containsExactly(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.of(2));
        var rest = staging().rows(id, 4, 3);
        assertThat(rest).extracting(ImportStagingPort.StagedRow::number).containsExactly(5L, 6L);
        assertThat(rest.get(1).duplicateOf()).hasValue(2);
        assertThat(rest.getFirst().values()).containsExactly("Anna", "Verdi");
    }

    @Test
    void issue12_5_files_staged_before_a_time_go_with_their_rows_imported_or_not_and_later_ones_stay() {
        ImportId abandoned = staged(List.of(List.of("Mario", "Rossi")), NOW.minusSeconds(3600));
        ImportId failed = staged(List.of(List.of("Anna", "Verdi")), NOW.minusSeconds(3600));
        staging().start(failed, NOW.minusSeconds(3500));
        ImportId recent = staged(List.of(List.of("Ugo", "Neri")), NOW);

        assertThat(staging().removeStagedBefore(NOW)).isEqualTo(2);
        assertThat(staging().find(abandoned)).isEmpty();
        assertThat(staging().rows(failed, 1, 10)).isEmpty();
        assertThat(staging().find(recent)).isPresent();
        assertThat(staging().removeStagedBefore(NOW)).isZero();
    }

    @Test
    void issue12_7_a_file_starts_once_and_its_removal_takes_its_rows() {
        ImportId id = staged(List.of(List.of("Mario", "Rossi")));

        assertThat(staging().start(id, NOW)).isTrue();
        assertThat(staging().start(id, NOW)).isFalse();
        staging().remove(id);
        assertThat(staging().find(id)).isEmpty();
        assertThat(staging().rows(id, 1, 10)).isEmpty();
        assertThat(staging().start(id, NOW)).isFalse();
    }

    @Test
    void issue12_5_the_last_mapping_per_staff_member_and_header_is_remembered() {
        List<String> header = List.of("Nome", "Cognome");
        mappings().remember(anna, header, List.of("FIRST_NAME", "LAST_NAME"));
        mappings().remember(anna, header, List.of("LAST_NAME", "FIRST_NAME"));

        assertThat(mappings().remembered(anna, header)).contains(List.of("LAST_NAME", "FIRST_NAME"));
        assertThat(mappings().remembered(marco, header)).isEmpty();
        assertThat(mappings().remembered(anna, List.of("Nome"))).isEmpty();
    }

    @Test
    void issue12_6_the_owners_of_addresses_are_found_whatever_their_capitals_with_whether_the_viewer_may_link_them() {
        Contact mario = AccountFixtures.contact(contacts(), anna, "Mario", "Rossi", "mario@rossi.it", "m@rossi.it");
        Contact lucia = AccountFixtures.contact(contacts(), anna, "Lucia", "Verdi", "lucia@verdi.it");
        accounts().add(AccountFixtures.individual("Lucia", Set.of(anna), AccountFixtures.plain(lucia)), anna, NOW);

        var owners = owners().owners(List.of("m@rossi.it", "lucia@verdi.it", "nobody@x.it"), marco);

        assertThat(owners).containsOnlyKeys("m@rossi.it", "lucia@verdi.it");
        assertThat(owners.get("m@rossi.it").id()).isEqualTo(mario.id());
        assertThat(owners.get("m@rossi.it").emails()).extracting(EmailAddress::value).containsExactly("mario@rossi.it", "m@rossi.it");
        assertThat(owners.get("m@rossi.it").onViewersTeam()).as("linked nowhere").isTrue();
        assertThat(owners.get("lucia@verdi.it").onViewersTeam()).isFalse();
        assertThat(owners().owners(List.of("lucia@verdi.it"), anna).get("lucia@verdi.it").onViewersTeam()).isTrue();
    }

    @Test
    void issue14_1_an_address_owner_linked_to_an_archived_account_says_so() {
        Contact lucia = AccountFixtures.contact(contacts(), anna, "Lucia", "Verdi", "lucia@verdi.it");
        Contact mario = AccountFixtures.contact(contacts(), anna, "Mario", "Rossi", "mario@rossi.it");
        var verdi = AccountFixtures.individual("Verdi", Set.of(anna), AccountFixtures.plain(lucia));
        accounts().add(verdi, anna, NOW);
        accounts().add(AccountFixtures.individual("Rossi", Set.of(anna), AccountFixtures.plain(mario)), anna, NOW);
        archive().archive(verdi.id(), NOW);

        var owners = owners().owners(List.of("lucia@verdi.it", "mario@rossi.it"), anna);

        assertThat(owners.get("lucia@verdi.it").ofArchivedAccount()).isTrue();
        assertThat(owners.get("mario@rossi.it").ofArchivedAccount()).isFalse();
    }

    @Test
    void issue12_7_a_batch_writes_contacts_accounts_links_toggles_and_history_as_the_imports() {
        Contact mario = fresh("Mario", "mario@rossi.it");
        Contact anna2 = fresh("Anna", "anna@rossi.it");
        Account first = accountOf(mario, true);
        Account second = accountOf(anna2, false);

        writes().write(job, batch(List.of(mario, anna2), List.of(first, second)));

        assertThat(contacts().find(mario.id())).contains(mario);
        assertThat(accounts().find(first.id())).contains(first);
        assertThat(accounts().find(second.id())).contains(second);
        assertThat(audit().history(first.id(), 10)).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(HistoryType.CONTACT_LINKED);
            assertThat(entry.by().job()).contains(job.value());
        });
        assertThat(writes().loginGiven(job, List.of("mario@rossi.it", "anna@rossi.it", "x@y.it"))).containsExactly("mario@rossi.it");
    }

    @Test
    void issue12_7_undo_removes_what_the_import_made_and_keeps_contacts_linked_elsewhere() {
        Contact mario = fresh("Mario", "mario@rossi.it");
        Contact anna2 = fresh("Anna", "anna@rossi.it");
        Contact lucia = AccountFixtures.contact(contacts(), anna, "Lucia", "Verdi", "lucia@verdi.it");
        Account first = accountOf(mario, true);
        Account second = accountOf(anna2, false);
        Account linking = accountOf(lucia, false);
        writes().write(job, batch(List.of(mario, anna2), List.of(first, second, linking)));
        Account elsewhere = accountOf(anna2, false);
        accounts().add(elsewhere, anna, NOW);

        assertThat(undo().undone(job)).isFalse();
        assertThat(undo().touched(job)).isZero();
        assertThat(undo().remove(job, NOW)).isEqualTo(new UndoImportPort.Removed(3, 1));

        assertThat(accounts().find(first.id())).isEmpty();
        assertThat(accounts().find(linking.id())).isEmpty();
        assertThat(contacts().find(mario.id())).isEmpty();
        assertThat(contacts().find(anna2.id())).as("linked by another account").isPresent();
        assertThat(contacts().find(lucia.id())).as("not the import's").isPresent();
        assertThat(accounts().find(elsewhere.id())).isPresent();
        assertThat(undo().undone(job)).isTrue();
    }

    @Test
    void issue12_7_an_account_saved_again_or_with_history_not_the_imports_is_touched() {
        Contact mario = fresh("Mario", "mario@rossi.it");
        Contact anna2 = fresh("Anna", "anna@rossi.it");
        Account first = accountOf(mario, false);
        Account second = accountOf(anna2, false);
        writes().write(job, batch(List.of(mario, anna2), List.of(first, second)));

        accounts().update(accounts().find(first.id()).orElseThrow().withDetails(Set.of(), Map.of()), anna, NOW);
        assertThat(undo().touched(job)).isEqualTo(1);
        audit().record(new HistoryEntry(second.id(), Actor.staff(anna), NOW, HistoryType.NOTIFY, "anna@rossi.it"));
        assertThat(undo().touched(job)).isEqualTo(2);
    }
}
