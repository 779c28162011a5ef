package io.portico.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.export.port.in.DownloadExportCommand;
import io.portico.application.export.port.in.DownloadExportUseCase;
import io.portico.application.export.port.in.ExportAccountCommand;
import io.portico.application.export.port.in.ExportAccountUseCase;
import io.portico.application.export.port.in.ExportDownload;
import io.portico.application.export.port.in.ExportMyDataCommand;
import io.portico.application.export.port.in.ExportMyDataUseCase;
import io.portico.application.export.port.in.ExportStatusQuery;
import io.portico.application.export.port.out.ExportSection;
import io.portico.application.job.port.in.RunJobsUseCase;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.ContactLink;
import io.portico.domain.export.ExportRequester;
import io.portico.domain.export.ExportState;
import io.portico.domain.job.JobId;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import io.portico.ui.support.StaffViewTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14 item 3, the required export test: an account with every kind of record is exported through the job on
 * the real database, the ZIP is opened and every kind is there, as JSON and as CSV that parse; a client's export
 * holds only what their own address may see.
 */
class ExportZipTest extends StaffViewTest {

    @Autowired
    ExportAccountUseCase exportAccount;
    @Autowired
    ExportMyDataUseCase exportMyData;
    @Autowired
    DownloadExportUseCase downloads;
    @Autowired
    ExportStatusQuery statuses;
    @Autowired
    RunJobsUseCase worker;
    @Autowired
    ContactPort contacts;
    @Autowired
    AccountPort accounts;
    @Autowired
    PortalUserPort users;
    @Autowired
    Transactions transactions;
    @Autowired
    DSLContext dsl;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private StaffId owner;
    private Account account;
    private PortalUser mario;
    private String marioAddress;
    private String giuliaAddress;

    /**
     * Mario (two addresses; LOGIN, NOTIFY, EMAIL SYNC on the first) and Giulia (LOGIN, EMAIL SYNC), with history, a
     * note, a message with a file, a notification to each, a synced mail of each (Mario's with an attachment kept as a
     * document), and a document uploaded by the firm.
     */
    @BeforeEach
    void anAccountWithEveryKindOfRecord() {
        owner = new StaffId(signInAsOwner().id());
        marioAddress = "mario." + run + "@example.com";
        giuliaAddress = "giulia." + run + "@example.com";
        var marioContact = transactions.inTransaction(() -> AccountFixtures.contact(contacts, owner, "Mario", "Export" + run, marioAddress,
                "second." + run + "@example.com"));
        var giulia = transactions.inTransaction(() -> AccountFixtures.contact(contacts, owner, "Giulia", "Export" + run, giuliaAddress));
        account = AccountFixtures.individual("Export " + run, Set.of(owner),
                ContactLink.of(marioContact, "", List.of(new EmailAccess(new EmailAddress(marioAddress), true, true, true))),
                ContactLink.of(giulia, "", List.of(new EmailAccess(new EmailAddress(giuliaAddress), true, false, true))));
        transactions.inTransaction(() -> accounts.add(account, owner, Instant.now()));
        mario = PortalUser.activate(new EmailAddress(marioAddress), "hash", Instant.now());
        transactions.inTransaction(() -> users.add(mario));
        UUID id = account.id().value();
        dsl.execute("insert into access_audit (account_id, changed_by, changed_at, event_type, subject, new_value) "
                + "values (?, ?, now(), 'LOGIN', ?, 'on')", id, owner.value(), marioAddress);
        dsl.execute("insert into account_note (id, account_id, author_id, text, created_at, updated_at) values (?, ?, ?, 'Calls on Mondays', now(), now())",
                UUID.randomUUID(), id, owner.value());
        UUID thread = UUID.randomUUID();
        UUID message = UUID.randomUUID();
        String sha = "a".repeat(63) + run.charAt(0);
        dsl.execute("insert into message_thread (id, account_id, subject, started_at, last_message_at) values (?, ?, 'Your return', now(), now())",
                thread, id);
        dsl.execute("insert into message (id, thread_id, sender_staff_id, text, sent_at) values (?, ?, ?, 'Here it is', now())",
                message, thread, owner.value());
        dsl.execute("insert into message_file (sha256, content) values (?, ?) on conflict do nothing", sha, bytes("return"));
        dsl.execute("insert into message_attachment (id, message_id, position, file_name, content_type, size, sha256) "
                + "values (?, ?, 0, 'return.pdf', 'application/pdf', 6, ?)", UUID.randomUUID(), message, sha);
        for (String address : List.of(marioAddress, giuliaAddress)) {
            dsl.execute("insert into notification_delivery (id, account_id, email, digest, event, raised_at) values (?, ?, ?, false, 'MESSAGE', now())",
                    UUID.randomUUID(), id, address);
        }
        UUID marioMail = mail(marioAddress, "Mario's question");
        mail(giuliaAddress, "Giulia's payroll");
        UUID attachment = UUID.randomUUID();
        dsl.execute("insert into email_attachment (id, message_id, position, file_name, content_type, size, content) "
                + "values (?, ?, 0, 'invoice.pdf', 'application/pdf', 7, ?)", attachment, marioMail, bytes("invoice"));
        dsl.execute("insert into document (id, account_id, file_name, content_type, size, content, created_at, source_message_id, "
                + "source_attachment_id) values (?, ?, 'invoice.pdf', 'application/pdf', 7, ?, now(), ?, ?)",
                UUID.randomUUID(), id, bytes("invoice"), marioMail, attachment);
        dsl.execute("insert into document (id, account_id, file_name, content_type, size, content, created_at) "
                + "values (?, ?, 'firm-notes.txt', 'text/plain', 4, ?, now())", UUID.randomUUID(), id, bytes("firm"));
    }

    private UUID mail(String client, String subject) {
        UUID thread = UUID.randomUUID();
        UUID mail = UUID.randomUUID();
        dsl.execute("insert into email_thread (id, subject, normalised_subject, last_message_at, message_count) values (?, ?, ?, now(), 1)",
                thread, subject, subject.toLowerCase());
        dsl.execute("insert into email_message (id, message_id, thread_id, subject, from_address, sent_at, text_body, html_body, stored_at) "
                + "values (?, ?, ?, ?, ?, now(), ?, ?, now())", mail, "<" + mail + "@example.com>", thread, subject, client,
                "Body of " + subject, "<p>Body of " + subject + "</p>");
        dsl.execute("insert into email_message_address (message_id, address, role, thread_id, sent_at) values (?, ?, 'FROM', ?, now())",
                mail, client, thread);
        dsl.execute("insert into email_message_address (message_id, address, role, thread_id, sent_at) values (?, 'office@studio.it', 'TO', ?, now())",
                mail, thread);
        return mail;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, byte[]> built(ExportRequester requester, JobId job) throws IOException {
        for (int i = 0; i < 50 && statuses.status(requester, job).orElseThrow().state() == ExportState.BUILDING; i++) {
            worker.runNext();
        }
        var download = downloads.download(new DownloadExportCommand(requester, job));
        assertThat(download).isInstanceOf(ExportDownload.Available.class);
        var zip = new ByteArrayOutputStream();
        ((ExportDownload.Available) download).writeTo(zip);
        Map<String, byte[]> entries = new HashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** The section's JSON rows, checked against its CSV: the same columns, the same rows. */
    private static List<Map<String, String>> section(Map<String, byte[]> zip, ExportSection section) throws IOException {
        JsonNode json = JsonMapper.builder().build().readTree(zip.get(section.fileName() + ".json"));
        List<Map<String, String>> rows = new ArrayList<>();
        json.forEach(row -> {
            Map<String, String> values = new HashMap<>();
            section.columns().forEach(column -> values.put(column, row.get(column).asString()));
            rows.add(values);
        });
        var text = new InputStreamReader(new ByteArrayInputStream(zip.get(section.fileName() + ".csv")), StandardCharsets.UTF_8);
        assertThat(text.read()).as("byte order mark").isEqualTo('\uFEFF');
        List<CSVRecord> csv = CSVFormat.RFC4180.parse(text).getRecords();
        assertThat(csv.getFirst().toList()).isEqualTo(section.columns());
        assertThat(csv).hasSize(rows.size() + 1);
        for (int i = 0; i < rows.size(); i++) {
            List<String> values = csv.get(i + 1).toList();
            Map<String, String> row = rows.get(i);
            assertThat(values).isEqualTo(section.columns().stream().map(row::get).toList());
        }
        return rows;
    }

    private static List<String> column(List<Map<String, String>> rows, String column) {
        return rows.stream().map(row -> row.get(column)).toList();
    }

    @Test
    void issue14_3_the_zip_holds_every_kind_of_record_as_json_and_csv_and_the_files() throws IOException {
        JobId job = exportAccount.export(new ExportAccountCommand(owner, account.id()));
        Map<String, byte[]> zip = built(new ExportRequester.Staff(owner), job);

        for (ExportSection section : ExportSection.values()) {
            assertThat(section(zip, section)).as(section.fileName()).isNotEmpty();
        }
        assertThat(column(section(zip, ExportSection.ACCOUNTS), "name")).containsExactly("Export " + run);
        assertThat(column(section(zip, ExportSection.CONTACTS), "first_name")).containsExactlyInAnyOrder("Mario", "Giulia");
        assertThat(column(section(zip, ExportSection.ADDRESSES), "email")).hasSize(3);
        assertThat(column(section(zip, ExportSection.TOGGLES), "email"))
                .containsExactlyInAnyOrder(marioAddress, "second." + run + "@example.com", giuliaAddress);
        assertThat(column(section(zip, ExportSection.HISTORY), "subject")).containsExactly(marioAddress);
        assertThat(column(section(zip, ExportSection.NOTES), "text")).containsExactly("Calls on Mondays");
        assertThat(column(section(zip, ExportSection.MESSAGES), "text")).containsExactly("Here it is");
        assertThat(column(section(zip, ExportSection.MAIL), "subject")).containsExactlyInAnyOrder("Mario's question", "Giulia's payroll");
        assertThat(column(section(zip, ExportSection.MAIL), "html_body")).contains("<p>Body of Mario's question</p>");
        assertThat(column(section(zip, ExportSection.DOCUMENTS), "file_name")).containsExactlyInAnyOrder("invoice.pdf", "firm-notes.txt");
        for (ExportSection files : List.of(ExportSection.MESSAGE_FILES, ExportSection.MAIL_FILES, ExportSection.DOCUMENTS)) {
            for (String path : column(section(zip, files), "path")) {
                assertThat(zip).as(path).containsKey(path);
            }
        }
        String messageFile = column(section(zip, ExportSection.MESSAGE_FILES), "path").getFirst();
        assertThat(new String(zip.get(messageFile), StandardCharsets.UTF_8)).isEqualTo("return");
    }

    @Test
    void issue14_3_a_clients_export_holds_only_what_their_own_address_may_see() throws IOException {
        JobId job = exportMyData.export(new ExportMyDataCommand(mario.id()));
        Map<String, byte[]> zip = built(new ExportRequester.Client(mario.id()), job);

        assertThat(zip).doesNotContainKeys("history.json", "notes.json");
        assertThat(column(section(zip, ExportSection.ACCOUNTS), "name")).containsExactly("Export " + run);
        assertThat(column(section(zip, ExportSection.CONTACTS), "first_name")).containsExactly("Mario");
        assertThat(column(section(zip, ExportSection.ADDRESSES), "email")).containsExactly(marioAddress, "second." + run + "@example.com");
        assertThat(column(section(zip, ExportSection.TOGGLES), "email")).containsExactly(marioAddress, "second." + run + "@example.com");
        assertThat(column(section(zip, ExportSection.NOTIFICATIONS), "email")).containsExactly(marioAddress);
        assertThat(column(section(zip, ExportSection.MESSAGES), "text")).containsExactly("Here it is");
        assertThat(column(section(zip, ExportSection.MAIL), "subject")).containsExactly("Mario's question");
        assertThat(column(section(zip, ExportSection.MAIL_FILES), "file_name")).containsExactly("invoice.pdf");
        assertThat(column(section(zip, ExportSection.DOCUMENTS), "file_name")).containsExactly("invoice.pdf");
        assertThat(new String(String.join("\n", zip.keySet()) + zip.values().stream().map(String::new).reduce("", String::concat)))
                .doesNotContain(giuliaAddress, "Giulia", "firm-notes");
        assertThat(downloads.download(new DownloadExportCommand(new ExportRequester.Staff(owner), job)))
                .as("the client's export is theirs only").isInstanceOf(ExportDownload.Unavailable.class);
    }
}
