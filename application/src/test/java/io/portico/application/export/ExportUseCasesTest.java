package io.portico.application.export;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.InMemoryAccounts;
import io.portico.application.account.Viewers;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.email.InMemoryEmails;
import io.portico.application.export.port.in.DownloadExportCommand;
import io.portico.application.export.port.in.ExportAccountCommand;
import io.portico.application.export.port.in.ExportDownload;
import io.portico.application.export.port.in.ExportMyDataCommand;
import io.portico.application.export.port.out.ExportScope;
import io.portico.application.export.port.out.ExportSection;
import io.portico.application.inbox.InMemoryNotifications;
import io.portico.application.job.InMemoryJobs;
import io.portico.application.job.JobTimings;
import io.portico.application.job.JobWorker;
import io.portico.application.portal.InMemoryPortalUsers;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.tag.InMemoryTags;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.ContactLink;
import io.portico.domain.export.DataExport;
import io.portico.domain.export.ExportRequester;
import io.portico.domain.export.ExportState;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.StaffStatus;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 14 item 3: asking for an export, building it as a job, downloading it for 24 hours — on the in-memory ports. */
class ExportUseCasesTest {

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryPortalUsers users = new InMemoryPortalUsers();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff, new InMemoryTags(), users);
    private final InMemoryEmails mail = new InMemoryEmails(accounts);
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryExportFiles files = new InMemoryExportFiles();
    private final InMemoryNotifications inbox = new InMemoryNotifications();
    private final RecordingExportData data = new RecordingExportData();
    private final RecordingArchive archive = new RecordingArchive();
    private final Viewers viewers = new Viewers(staff, accounts, accounts.archive());
    private final ExportService exports = new ExportService(viewers, users, new Administrators(staff),
            new ExportQueue(jobs, files, new DirectTransactions(), clock));
    private final ExportDownloadService downloads = new ExportDownloadService(files, jobs, viewers, clock);
    private final JobWorker worker = new JobWorker(jobs, List.of(new ExportJob(files, new ExportScopes(mail, users, accounts), data,
            archive, clock)), inbox, new DirectTransactions(), new JobTimings("node", Duration.ofMinutes(1), Duration.ofSeconds(30)), clock);

    private StaffMember anna;
    private StaffMember paola;
    private Account rossi;
    private Account verdi;
    private PortalUser mario;

    /** Rossi: Mario (LOGIN, EMAIL SYNC), Giulia (LOGIN); Verdi: Mario (LOGIN only). Paola (employee) is on no team. */
    @BeforeEach
    void accountsAndAClient() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        paola = AccountFixtures.staff(staff, "Paola", "Neri", StaffRole.EMPLOYEE);
        var marioContact = AccountFixtures.contact(contacts, anna.id(), "Mario", "Rossi", "mario@rossi.it");
        var giulia = AccountFixtures.contact(contacts, anna.id(), "Giulia", "Rossi", "giulia@rossi.it");
        rossi = AccountFixtures.individual("Rossi", Set.of(anna.id()),
                ContactLink.of(marioContact, "", List.of(new EmailAccess(new EmailAddress("mario@rossi.it"), true, false, true))),
                ContactLink.of(giulia, "", List.of(new EmailAccess(new EmailAddress("giulia@rossi.it"), true, false, true))));
        verdi = AccountFixtures.individual("Verdi", Set.of(anna.id()), AccountFixtures.loginFor(marioContact, "mario@rossi.it"));
        accounts.add(rossi, anna.id(), NOW);
        accounts.add(verdi, anna.id(), NOW);
        mario = PortalUser.activate(new EmailAddress("mario@rossi.it"), "hash", NOW);
        users.add(mario);
    }

    private DataExport export(JobId job) {
        return files.find(job).orElseThrow();
    }

    private static byte[] content(ExportDownload download) {
        var out = new ByteArrayOutputStream();
        ((ExportDownload.Available) download).writeTo(out);
        return out.toByteArray();
    }

    @Test
    void issue14_3_staff_export_an_account_they_see_as_a_job_of_its_own() {
        JobId job = exports.export(new ExportAccountCommand(anna.id(), rossi.id()));

        Job queued = jobs.find(job).orElseThrow();
        assertThat(queued.type()).isEqualTo(JobType.EXPORT);
        assertThat(queued.parameters().displayName()).isEqualTo("Rossi");
        assertThat(queued.createdBy()).isEqualTo(anna.id());
        assertThat(queued.progress().total()).isEqualTo(1);
        assertThat(export(job)).isEqualTo(DataExport.requested(job, new ExportRequester.Staff(anna.id()), java.util.Optional.of(rossi.id()), NOW));
    }

    @Test
    void issue14_3_an_account_the_staff_member_may_not_see_reads_as_not_found_and_nothing_is_queued() {
        assertThatThrownBy(() -> exports.export(new ExportAccountCommand(paola.id(), rossi.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("account"));
        assertThatThrownBy(() -> exports.export(new ExportAccountCommand(anna.id(), new io.portico.domain.account.AccountId(UUID.randomUUID()))))
                .isInstanceOf(InvalidInputException.class);

        assertThat(jobs.all()).isEmpty();
    }

    @Test
    void issue14_3_a_clients_export_is_theirs_and_listed_under_the_owner() {
        AccountFixtures.staff(staff, "Aldo", "Admin", StaffRole.ADMIN);

        JobId job = exports.export(new ExportMyDataCommand(mario.id()));

        assertThat(jobs.find(job).orElseThrow().createdBy()).isEqualTo(anna.id());
        assertThat(jobs.find(job).orElseThrow().parameters().displayName()).isEqualTo("mario@rossi.it");
        assertThat(export(job).requester()).isEqualTo(new ExportRequester.Client(mario.id()));
        assertThat(export(job).account()).isEmpty();
    }

    @Test
    void issue14_3_without_an_active_owner_a_clients_export_is_listed_under_an_admin() {
        staff.save(new StaffMember(anna.id(), anna.name(), anna.email(), StaffRole.OWNER, StaffStatus.DEACTIVATED));
        assertThatThrownBy(() -> exports.export(new ExportMyDataCommand(mario.id()))).isInstanceOf(IllegalStateException.class);

        var aldo = AccountFixtures.staff(staff, "Aldo", "Admin", StaffRole.ADMIN);
        JobId job = exports.export(new ExportMyDataCommand(mario.id()));

        assertThat(jobs.find(job).orElseThrow().createdBy()).isEqualTo(aldo.id());
    }

    @Test
    void an_unknown_client_may_not_export() {
        assertThatThrownBy(() -> exports.export(new ExportMyDataCommand(new PortalUserId(UUID.randomUUID()))))
                .isInstanceOf(NotAllowedException.class);
        assertThat(jobs.all()).isEmpty();
    }

    @Test
    void issue14_3_the_job_writes_every_section_of_the_account_and_its_files_and_offers_it_for_24_hours() {
        JobId job = exports.export(new ExportAccountCommand(anna.id(), rossi.id()));
        clock.advance(Duration.ofMinutes(1));

        assertThat(worker.runNext()).isTrue();

        assertThat(data.scopes).allSatisfy(scope -> assertThat(scope)
                .isEqualTo(new ExportScope.WholeAccount(rossi.id(), Set.of("mario@rossi.it", "giulia@rossi.it"))));
        assertThat(archive.lines).filteredOn(line -> line.startsWith("section "))
                .hasSize(ExportSection.values().length).contains("section history", "section notes", "section mail");
        assertThat(archive.lines).contains("file files/documents/1/a.pdf");
        Job done = jobs.find(job).orElseThrow();
        assertThat(done.state()).isEqualTo(JobState.DONE);
        assertThat(done.report().succeeded()).as("one row per section").isEqualTo(ExportSection.values().length);
        DataExport built = export(job);
        assertThat(built.expiresAt()).contains(clock.instant().plus(Duration.ofHours(24)));
        byte[] written = String.join("\n", archive.lines).concat("\n").getBytes(StandardCharsets.UTF_8);
        assertThat(built.size()).isEqualTo(written.length);
        assertThat(inbox.latest(anna.id(), 10)).singleElement().satisfies(notice -> {
            assertThat(notice.messageKey()).isEqualTo("inbox.export.done");
            assertThat(notice.arguments()).containsExactly("Rossi");
            assertThat(notice.link()).isEqualTo("clients/jobs/" + job.value());
        });

        var download = downloads.download(new DownloadExportCommand(new ExportRequester.Staff(anna.id()), job));
        assertThat(download).isInstanceOfSatisfying(ExportDownload.Available.class, file -> {
            assertThat(file.fileName()).isEqualTo("portico-export-" + job.value() + ".zip");
            assertThat(file.size()).isEqualTo(written.length);
        });
        assertThat(content(download)).isEqualTo(written);
    }

    @Test
    void issue14_3_a_clients_export_holds_only_their_own_data_of_the_accounts_they_log_in_to() {
        JobId job = exports.export(new ExportMyDataCommand(mario.id()));

        worker.runNext();

        assertThat(data.scopes).allSatisfy(scope -> assertThat(scope)
                .isEqualTo(new ExportScope.OwnData("mario@rossi.it", List.of(rossi.id(), verdi.id()), List.of(rossi.id()))));
        assertThat(archive.lines).filteredOn(line -> line.startsWith("section ")).doesNotContain("section history", "section notes")
                .hasSize(ExportSection.values().length - 2);
        assertThat(downloads.download(new DownloadExportCommand(new ExportRequester.Client(mario.id()), job)))
                .isInstanceOf(ExportDownload.Available.class);
        assertThat(downloads.latest(mario.id())).hasValueSatisfying(status -> {
            assertThat(status.export()).isEqualTo(job);
            assertThat(status.state()).isEqualTo(ExportState.READY);
        });
    }

    @Test
    void issue14_3_own_data_sections_leave_out_the_firms_history_and_notes() {
        var own = new ExportScope.OwnData("mario@rossi.it", List.of(rossi.id()), List.of());

        assertThat(own.sections()).isEqualTo(EnumSet.complementOf(EnumSet.of(ExportSection.HISTORY, ExportSection.NOTES)));
        assertThat(own.mailAddresses()).as("no EMAIL SYNC: no mail").isEmpty();
        assertThat(new ExportScope.OwnData("mario@rossi.it", List.of(rossi.id()), List.of(rossi.id())).mailAddresses())
                .containsExactly("mario@rossi.it");
        assertThatThrownBy(() -> new ExportScope.OwnData("mario@rossi.it", List.of(), List.of(rossi.id())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void issue14_3_only_the_requester_downloads_and_a_staff_member_only_while_they_see_the_account() {
        JobId job = exports.export(new ExportAccountCommand(anna.id(), rossi.id()));
        var byAnna = new DownloadExportCommand(new ExportRequester.Staff(anna.id()), job);
        assertThat(downloads.download(byAnna)).as("not built yet").isInstanceOf(ExportDownload.Unavailable.class);
        assertThat(downloads.status(byAnna.requester(), job)).hasValueSatisfying(status -> assertThat(status.state()).isEqualTo(ExportState.BUILDING));
        worker.runNext();

        assertThat(downloads.download(new DownloadExportCommand(new ExportRequester.Staff(paola.id()), job)))
                .isInstanceOf(ExportDownload.Unavailable.class);
        assertThat(downloads.download(new DownloadExportCommand(new ExportRequester.Client(mario.id()), job)))
                .isInstanceOf(ExportDownload.Unavailable.class);
        assertThat(downloads.status(new ExportRequester.Staff(paola.id()), job)).isEmpty();
        assertThat(downloads.download(new DownloadExportCommand(byAnna.requester(), JobId.random())))
                .isInstanceOf(ExportDownload.Unavailable.class);

        staff.save(new StaffMember(anna.id(), anna.name(), anna.email(), StaffRole.EMPLOYEE, anna.status()));
        accounts.update(new Account(rossi.id(), rossi.type(), rossi.name(), rossi.companyName(), rossi.companyAddress(),
                Set.of(paola.id()), accounts.find(rossi.id()).orElseThrow().links(), accounts.find(rossi.id()).orElseThrow().version()),
                paola.id(), NOW);
        assertThat(downloads.download(byAnna)).as("no longer on the team").isInstanceOf(ExportDownload.Unavailable.class);
        assertThat(downloads.status(byAnna.requester(), job)).isEmpty();
    }

    @Test
    void issue14_3_after_24_hours_the_download_says_expired_and_the_hourly_task_deletes_the_file() {
        JobId job = exports.export(new ExportAccountCommand(anna.id(), rossi.id()));
        worker.runNext();
        var byAnna = new DownloadExportCommand(new ExportRequester.Staff(anna.id()), job);

        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(downloads.purge()).isZero();
        assertThat(downloads.download(byAnna)).isInstanceOf(ExportDownload.Available.class);

        clock.advance(Duration.ofSeconds(1));
        assertThat(downloads.download(byAnna)).isInstanceOf(ExportDownload.Expired.class);
        assertThat(downloads.status(byAnna.requester(), job)).hasValueSatisfying(status -> {
            assertThat(status.state()).isEqualTo(ExportState.EXPIRED);
            assertThat(status.expiresAt()).contains(clock.instant());
        });
        assertThat(downloads.purge()).isEqualTo(1);
        assertThat(downloads.download(byAnna)).isInstanceOf(ExportDownload.Expired.class);
    }

    @Test
    void issue14_3_a_failed_build_says_so_and_tells_the_requester() {
        var gone = new ExportRequester.Client(new PortalUserId(UUID.randomUUID()));
        Job queued = Job.queued(JobType.EXPORT, new io.portico.domain.job.JobParameters(java.util.Map.of("name", "gone@rossi.it")), 1,
                anna.id(), NOW);
        jobs.add(queued);
        files.add(DataExport.requested(queued.id(), gone, java.util.Optional.empty(), NOW));
        JobId job = queued.id();
        for (int attempt = 0; attempt < Job.MAX_FAILURES; attempt++) {
            worker.runNext();
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(jobs.find(job).orElseThrow().state()).isEqualTo(JobState.FAILED);
        assertThat(downloads.status(gone, job)).hasValueSatisfying(status -> assertThat(status.state()).isEqualTo(ExportState.FAILED));
        assertThat(downloads.download(new DownloadExportCommand(gone, job))).isInstanceOf(ExportDownload.Unavailable.class);
        assertThat(inbox.latest(anna.id(), 10)).singleElement().satisfies(notice -> {
            assertThat(notice.messageKey()).isEqualTo("inbox.export.failed");
            assertThat(notice.arguments()).containsExactly("gone@rossi.it");
        });
    }
}
