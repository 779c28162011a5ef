package io.portico.application.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.access.AccessReactions;
import io.portico.application.access.TestReactions;
import io.portico.application.account.AccountFixtures;
import io.portico.application.account.InMemoryAccounts;
import io.portico.application.account.Viewers;
import io.portico.application.account.port.in.InvitationRequest;
import io.portico.application.audit.InMemoryAccessAudit;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.customfield.InMemoryCustomFields;
import io.portico.application.importing.port.in.DryRun;
import io.portico.application.importing.port.in.DryRunImportCommand;
import io.portico.application.importing.port.in.ImportOptions;
import io.portico.application.importing.port.in.RowPreview;
import io.portico.application.importing.port.in.StageImportCommand;
import io.portico.application.importing.port.in.StagedImport;
import io.portico.application.importing.port.in.StartImportCommand;
import io.portico.application.importing.port.in.UndoOutcome;
import io.portico.application.inbox.InMemoryNotifications;
import io.portico.application.job.InMemoryJobs;
import io.portico.application.job.JobTimings;
import io.portico.application.job.JobWorker;
import io.portico.application.mail.FakeMailRenderer;
import io.portico.application.mail.InMemoryMailOutbox;
import io.portico.application.mail.MailQueue;
import io.portico.application.portal.PortalFakes;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.LineCsv;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.DefaultAccountAccess;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.InMemoryStaffLanguages;
import io.portico.application.tag.InMemoryTags;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.domain.account.access.HistoryType;
import io.portico.domain.contact.Contact;
import io.portico.domain.importing.ColumnMapping;
import io.portico.domain.importing.ColumnTarget;
import io.portico.domain.importing.ImportField;
import io.portico.domain.importing.ImportRowCheck;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobParameters;
import io.portico.domain.job.JobProblem;
import io.portico.domain.job.JobState;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagColor;
import io.portico.domain.tag.TagScope;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 12 items 5–7 (A10) on fakes: stage, dry run, the import job, its rejects, and undo. */
class ImportUseCasesTest {

    static final String HEADER = "Type,Company,Nome,Cognome,E-mail,E-mail 2,Telefono,Città,Tags";
    /** Rows 2–13: three accepted (2, 3, 5), nine rejected, one of each reason. */
    static final List<String> ROWS = List.of(
            ",,Mario,Rossi,mario@rossi.it,,+39 02 1234567,Milano,VIP",
            "Company,Bianchi Srl,Lucia,Bianchi,LUCIA@bianchi.it,,,,",
            ",,Mario,Rossi,mario@rossi.it,,+39 02 1234567,Milano,VIP",
            ",,Anna,Verdi,mario@rossi.it,,,,",
            ",,,Neri,x@neri.it,,,,",
            ",,Paolo,Neri,not-an-address,,,,",
            ",,Paolo,Neri,p@neri.it,,,,Gold",
            "a,b",
            ",,Gi\uFFFDrgio,Neri,g@neri.it,,,,",
            ",,Sara,Neri,s@neri.it,,12,,",
            ",,Ugo,Neri,mario@rossi.it,lucia@bianchi.it,,,",
            "Alien,,Ivo,Neri,i@neri.it,,,,");

    private final MutableClock clock = new MutableClock(AccountFixtures.NOW);
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryTags tags = new InMemoryTags();
    private final InMemoryContacts contacts = new InMemoryContacts(tags);
    private final PortalFakes portal = new PortalFakes();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff, tags, portal.users);
    private final InMemoryAccessAudit audit = new InMemoryAccessAudit();
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final MailQueue mail = new MailQueue(new FakeMailRenderer(), outbox, clock);
    private final AccessReactions reactions = TestReactions.of(staff, contacts, accounts, audit, portal.invitations(accounts, mail), mail,
            new InMemoryNotifications(), new InMemoryStaffLanguages(staff));
    private final InMemoryImports imports = new InMemoryImports(accounts, contacts, audit);
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryNotifications inbox = new InMemoryNotifications();
    private final Viewers viewers = new Viewers(staff, accounts, accounts.archive());
    private final DirectTransactions transactions = new DirectTransactions();
    private final ImportFiles files = new ImportFiles(imports, tags, new InMemoryCustomFields(), viewers);
    private final ImportPlanner planner = new ImportPlanner(imports);
    private final StageImportService stage = new StageImportService(files, imports, imports, new LineCsv(), transactions, clock);
    private final DryRunImportService dryRun = new DryRunImportService(files, imports, imports, planner);
    private final StartImportService start = new StartImportService(files, imports, imports, jobs, transactions, clock);
    private final UndoImportService undo = new UndoImportService(jobs, imports, viewers, transactions, clock);
    private final PurgeStagedImportsService purge = new PurgeStagedImportsService(imports, Duration.ofDays(7), clock);
    private final ImportJob kind = new ImportJob(imports, files, planner,
            new ImportWriter(imports, accounts, reactions, new DefaultAccountAccess(staff), staff, clock), 4);
    private final JobWorker worker = new JobWorker(jobs, List.of(kind), inbox, transactions,
            new JobTimings("node", Duration.ofMinutes(1), Duration.ofSeconds(10)), clock);

    private StaffMember anna;
    private StaffMember marco;
    private Contact lucia;

    @BeforeEach
    void firm() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        marco = AccountFixtures.staff(staff, "Marco", "Verdi", StaffRole.EMPLOYEE);
        tags.add(Tag.create(TagScope.ACCOUNT, "VIP", new TagColor("#aa0000")));
        lucia = AccountFixtures.contact(contacts, anna.id(), "Lucia", "Bianchi", "lucia@bianchi.it");
    }

    private StagedImport staged(String header, List<String> rows) {
        String file = header + "\n" + String.join("\n", rows) + "\n";
        return stage.stage(new StageImportCommand(anna.id(), new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))));
    }

    private StagedImport staged() {
        return staged(HEADER, ROWS);
    }

    private static ColumnMapping mapping(StagedImport file) {
        return new ColumnMapping(file.mapping());
    }

    private JobId imported(StagedImport file, ImportOptions options) {
        JobId id = start.start(new StartImportCommand(anna.id(), file.id(), "clients.csv", mapping(file), options));
        worker.runNext();
        return id;
    }

    private List<Account> importedAccounts() {
        return accounts.all().stream().toList();
    }

    @Test
    void issue12_5_the_upload_is_staged_and_the_mapping_guessed_from_the_header() {
        StagedImport file = staged();

        assertThat(file.header()).hasSize(9).startsWith("Type", "Company", "Nome");
        assertThat(file.rows()).isEqualTo(12);
        assertThat(file.sample()).hasSize(3);
        assertThat(file.mapping()).extracting(ColumnTarget::field).containsExactly(ImportField.TYPE, ImportField.COMPANY_NAME,
                ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.EMAIL, ImportField.EMAIL, ImportField.PHONE, ImportField.CITY,
                ImportField.ACCOUNT_TAGS);
    }

    @Test
    void issue12_5_the_mapping_is_remembered_for_the_next_file_with_that_header_per_staff_member() {
        var changed = new java.util.ArrayList<>(staged().mapping());
        changed.set(7, ColumnTarget.IGNORED);
        var first = staged();
        dryRun.dryRun(new DryRunImportCommand(anna.id(), first.id(), new ColumnMapping(changed)));

        assertThat(staged().mapping()).isEqualTo(changed);
        staff.grantRights(marco.id(), Set.of(io.portico.domain.staff.StaffRight.MANAGE_ACCOUNTS));
        var marcos = stage.stage(new StageImportCommand(marco.id(), new ByteArrayInputStream((HEADER + "\n").getBytes(StandardCharsets.UTF_8))));
        assertThat(marcos.mapping()).as("another member's guess").isNotEqualTo(changed);
    }

    @Test
    void issue12_6_the_dry_run_counts_new_accounts_new_and_linked_contacts_and_lists_each_rejected_row() {
        StagedImport file = staged();
        DryRun run = dryRun.dryRun(new DryRunImportCommand(anna.id(), file.id(), mapping(file)));

        assertThat(run.newAccounts()).isEqualTo(3);
        assertThat(run.newContacts()).as("Mario, made once").isEqualTo(1);
        assertThat(run.linkedContacts()).as("Lucia from the CRM, Mario again by row 5").isEqualTo(2);
        assertThat(run.rejected()).isEqualTo(9);
        assertThat(run.rejections()).extracting(JobProblem::item, JobProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("4", ImportRowCheck.DUPLICATE),
                org.assertj.core.groups.Tuple.tuple("6", ImportRowCheck.NAME_MISSING),
                org.assertj.core.groups.Tuple.tuple("7", "email.invalid"),
                org.assertj.core.groups.Tuple.tuple("8", ImportRowCheck.TAG),
                org.assertj.core.groups.Tuple.tuple("9", ImportRowCheck.COLUMN_COUNT),
                org.assertj.core.groups.Tuple.tuple("10", ImportRowCheck.ENCODING),
                org.assertj.core.groups.Tuple.tuple("11", ImportRowCheck.PHONE),
                org.assertj.core.groups.Tuple.tuple("12", ImportPlanner.TWO_CONTACTS),
                org.assertj.core.groups.Tuple.tuple("13", ImportRowCheck.TYPE));
        assertThat(run.rejections().get(1).field()).contains("Nome");
        assertThat(run.preview()).hasSize(12).extracting(RowPreview::row).startsWith(2L, 3L, 4L);
        assertThat(run.preview().get(1).linkedTo()).contains("Lucia Bianchi");
        assertThat(run.preview().get(0).imported().orElseThrow().type()).isEqualTo(AccountType.INDIVIDUAL);
        assertThat(accounts.all()).as("nothing written").isEmpty();
    }

    @Test
    void issue12_6_the_preview_shows_the_first_20_rows_and_the_counts_cover_the_whole_file() {
        var rows = java.util.stream.IntStream.range(0, 1500).mapToObj(i -> ",,Ada,Row" + i + ",ada" + i + "@x.it,,,,").toList();
        StagedImport file = staged(HEADER, rows);
        DryRun run = dryRun.dryRun(new DryRunImportCommand(anna.id(), file.id(), mapping(file)));

        assertThat(run.preview()).hasSize(DryRun.PREVIEW_ROWS);
        assertThat(run.newAccounts()).isEqualTo(1500);
        assertThat(run.newContacts()).isEqualTo(1500);
    }

    @Test
    void issue12_7_the_import_job_imports_the_valid_rows_and_keeps_each_rejected_row_with_its_reason_and_values() {
        StagedImport file = staged();
        JobId id = imported(file, ImportOptions.NONE);

        var job = jobs.find(id).orElseThrow();
        assertThat(job.state()).isEqualTo(JobState.DONE);
        assertThat(job.parameters().list(JobParameters.HEADER)).containsExactlyElementsOf(file.header());
        assertThat(job.report().succeeded()).isEqualTo(3);
        assertThat(job.report().skipped()).isEqualTo(java.util.Map.of(ImportJob.REJECTED, 9));
        assertThat(importedAccounts()).extracting(a -> a.name().value()).containsExactlyInAnyOrder("Mario Rossi", "Bianchi Srl", "Anna Verdi");
        assertThat(contacts.all()).as("no duplicate contacts").extracting(c -> c.name().full())
                .containsExactlyInAnyOrder("Lucia Bianchi", "Mario Rossi");
        Contact mario = contacts.findByEmail(new EmailAddress("mario@rossi.it")).orElseThrow();
        assertThat(mario.phone()).isEqualTo("+39 02 1234567");
        assertThat(importedAccounts()).filteredOn(a -> a.links().getFirst().contactId().equals(mario.id())).hasSize(2);
        assertThat(importedAccounts()).filteredOn(a -> a.name().value().equals("Bianchi Srl")).singleElement()
                .satisfies(a -> assertThat(a.links().getFirst().contactId()).isEqualTo(lucia.id()));
        var problems = jobs.problems(id, 0, 100);
        assertThat(problems).extracting(JobProblem::item).containsExactly("4", "6", "7", "8", "9", "10", "11", "12", "13");
        assertThat(problems.get(3).values()).containsExactlyElementsOf(List.of(ROWS.get(6).split(",", -1)));
        assertThat(problems.get(3).field()).contains("Tags");
        assertThat(problems.get(3).arguments()).containsExactly("Gold");
        assertThat(imports.find(file.id())).as("staging dropped").isEmpty();
        assertThat(inbox.latest(anna.id(), 5)).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("inbox.import.done");
            assertThat(n.arguments()).containsExactly("3", "9");
            assertThat(n.link()).isEqualTo("clients/jobs/" + id.value());
        });
    }

    @Test
    void issue12_7_history_entries_carry_the_job_id() {
        JobId id = imported(staged(), new ImportOptions(false, true, false, Optional.empty()));

        Account mario = importedAccounts().stream().filter(a -> a.name().value().equals("Mario Rossi")).findFirst().orElseThrow();
        assertThat(audit.history(mario.id(), 10)).extracting(HistoryEntry::type)
                .containsExactlyInAnyOrder(HistoryType.TEAM_MEMBER_ADDED, HistoryType.CONTACT_LINKED, HistoryType.NOTIFY);
        assertThat(audit.history(mario.id(), 10)).allSatisfy(entry -> assertThat(entry.by().job()).contains(id.value()));
        assertThat(mario.team()).containsExactly(anna.id());
    }

    @Test
    void issue12_6_the_toggles_apply_to_every_imported_address_and_invitations_go_once_per_address() {
        JobId id = imported(staged(), new ImportOptions(true, false, true, Optional.of(new InvitationRequest("Benvenuti"))));

        assertThat(importedAccounts()).flatExtracting(a -> a.links().getFirst().access()).extracting(EmailAccess::login, EmailAccess::emailSync)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(true, true));
        var invitations = outbox.queued().stream().filter(m -> m.textBody().contains("portal-invitation")).toList();
        assertThat(invitations).extracting(m -> m.to().value()).containsExactlyInAnyOrder("mario@rossi.it", "lucia@bianchi.it");
        assertThat(invitations).allSatisfy(m -> assertThat(m.textBody()).contains("Benvenuti"));
        assertThat(importedAccounts()).flatExtracting(a -> audit.history(a.id(), 20)).extracting(HistoryEntry::type)
                .contains(HistoryType.LOGIN, HistoryType.INVITATION_SENT);
        assertThat(importedAccounts()).flatExtracting(a -> audit.history(a.id(), 20))
                .allSatisfy(entry -> assertThat(entry.by().job()).contains(id.value()));
        assertThat(undo.undo(anna.id(), id)).as("its own invitations do not touch it").isInstanceOf(UndoOutcome.Undone.class);
    }

    @Test
    void issue12_6_invitations_need_login() {
        assertThatThrownBy(() -> new ImportOptions(false, true, true, Optional.of(new InvitationRequest(""))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("import.invitation.needs-login");
    }

    @Test
    void issue12_6_a_contact_the_importer_may_not_see_is_not_linked() {
        staff.grantRights(marco.id(), Set.of(io.portico.domain.staff.StaffRight.MANAGE_ACCOUNTS));
        accounts.add(AccountFixtures.individual("Lucia Bianchi", Set.of(anna.id()), AccountFixtures.plain(lucia)), anna.id(), clock.instant());
        var file = stage.stage(new StageImportCommand(marco.id(), new ByteArrayInputStream((HEADER + "\n" + ROWS.get(1) + "\n")
                .getBytes(StandardCharsets.UTF_8))));
        DryRun run = dryRun.dryRun(new DryRunImportCommand(marco.id(), file.id(), mapping(file)));

        assertThat(run.rejections()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo(ImportPlanner.HIDDEN_CONTACT);
            assertThat(problem.field()).contains("E-mail");
        });
    }

    @Test
    void issue14_1_a_row_of_an_archived_accounts_client_is_skipped_and_the_dry_run_says_why() {
        var verdi = AccountFixtures.individual("Lucia Bianchi", Set.of(anna.id()), AccountFixtures.plain(lucia));
        accounts.add(verdi, anna.id(), clock.instant());
        accounts.archive().archive(verdi.id(), clock.instant());
        var file = stage.stage(new StageImportCommand(anna.id(), new ByteArrayInputStream((HEADER + "\n" + ROWS.get(1) + "\n")
                .getBytes(StandardCharsets.UTF_8))));
        DryRun run = dryRun.dryRun(new DryRunImportCommand(anna.id(), file.id(), mapping(file)));

        assertThat(run.rejected()).isEqualTo(1);
        assertThat(run.rejections()).singleElement().satisfies(problem -> assertThat(problem.messageKey())
                .isEqualTo(ImportPlanner.ARCHIVED_ACCOUNT));
    }

    @Test
    void issue12_7_a_file_is_imported_once_and_only_by_who_staged_it() {
        StagedImport file = staged();
        start.start(new StartImportCommand(anna.id(), file.id(), "clients.csv", mapping(file), ImportOptions.NONE));

        assertThatThrownBy(() -> start.start(new StartImportCommand(anna.id(), file.id(), "clients.csv", mapping(file), ImportOptions.NONE)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("import.file.started");
        staff.grantRights(marco.id(), Set.of(io.portico.domain.staff.StaffRight.MANAGE_ACCOUNTS));
        assertThatThrownBy(() -> dryRun.dryRun(new DryRunImportCommand(marco.id(), file.id(), mapping(file))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("import.file.not-found");
    }

    @Test
    void issue12_5_only_staff_who_create_accounts_import() {
        assertThatThrownBy(() -> stage.stage(new StageImportCommand(marco.id(), new ByteArrayInputStream(HEADER.getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void issue12_5_an_empty_file_is_refused() {
        assertThatThrownBy(() -> stage.stage(new StageImportCommand(anna.id(), new ByteArrayInputStream(new byte[0]))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("import.file.empty");
    }

    @Test
    void issue12_6_a_mapping_must_cover_the_header() {
        StagedImport file = staged();
        var shorter = new ColumnMapping(List.of(ColumnTarget.of(ImportField.FIRST_NAME), ColumnTarget.of(ImportField.LAST_NAME)));
        assertThatThrownBy(() -> dryRun.dryRun(new DryRunImportCommand(anna.id(), file.id(), shorter)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("import.mapping.columns");
    }

    @Test
    void issue12_7_undo_removes_the_imported_accounts_and_contacts_and_unlinks_existing_ones() {
        JobId id = imported(staged(), ImportOptions.NONE);

        var outcome = undo.undo(anna.id(), id);

        assertThat(outcome).isEqualTo(new UndoOutcome.Undone(3, 1));
        assertThat(accounts.all()).isEmpty();
        assertThat(contacts.all()).extracting(Contact::id).containsExactly(lucia.id());
        assertThat(undo.undo(anna.id(), id)).isEqualTo(new UndoOutcome.Refused(UndoImportService.DONE_ALREADY, List.of()));
    }

    @Test
    void issue12_7_undo_is_refused_once_an_imported_account_was_changed() {
        JobId id = imported(staged(), ImportOptions.NONE);
        Account one = importedAccounts().getFirst();
        accounts.update(one.withDetails(Set.of(), Map.of()), anna.id(), clock.instant());

        assertThat(undo.undo(anna.id(), id)).isEqualTo(new UndoOutcome.Refused(UndoImportService.TOUCHED, List.of("1")));
        assertThat(accounts.all()).hasSize(3);
    }

    @Test
    void issue12_7_undo_is_refused_once_an_imported_account_has_history_of_its_own() {
        JobId id = imported(staged(), ImportOptions.NONE);
        audit.record(new HistoryEntry(importedAccounts().getFirst().id(), io.portico.domain.account.access.Actor.staff(anna.id()),
                clock.instant(), HistoryType.CONTACT_UNLINKED, "x"));

        assertThat(undo.undo(anna.id(), id)).isInstanceOf(UndoOutcome.Refused.class);
    }

    @Test
    void issue12_7_undo_waits_for_the_job_and_is_only_the_importers() {
        StagedImport file = staged();
        JobId id = start.start(new StartImportCommand(anna.id(), file.id(), "clients.csv", mapping(file), ImportOptions.NONE));

        assertThat(undo.undo(anna.id(), id)).isEqualTo(new UndoOutcome.Refused(UndoImportService.RUNNING, List.of()));
        staff.grantRights(marco.id(), Set.of(io.portico.domain.staff.StaffRight.MANAGE_ACCOUNTS));
        worker.runNext();
        assertThatThrownBy(() -> undo.undo(marco.id(), id)).isInstanceOf(InvalidInputException.class).hasMessageContaining("job.not-found");
    }

    @Test
    void issue12_5_a_staged_file_nobody_imported_goes_after_seven_days_and_not_before() {
        var file = staged();
        clock.advance(Duration.ofDays(7));
        assertThat(purge.purge()).isZero();
        assertThat(imports.find(file.id())).isPresent();

        clock.advance(Duration.ofSeconds(1));
        assertThat(purge.purge()).isEqualTo(1);
        assertThat(imports.find(file.id())).isEmpty();
        assertThatThrownBy(() -> new PurgeStagedImportsService(imports, Duration.ZERO, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
