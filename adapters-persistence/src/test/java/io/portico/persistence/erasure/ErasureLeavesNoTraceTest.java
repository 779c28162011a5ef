package io.portico.persistence.erasure;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.erasure.port.ErasureCounts;
import io.portico.domain.account.Account;
import io.portico.domain.contact.Contact;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.persistence.account.AccountAdapters;
import io.portico.persistence.contact.ContactAdapters;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, item 2 (the erasure test): an account with every kind of data of its contact is erased; then every text,
 * varchar, jsonb, array and bytea column of every table is read, and none holds the erased contact's names, addresses
 * or phone; the contact it shared with another account is untouched, and the history counts the same events.
 */
@ExtendWith(EmptyDatabase.class)
class ErasureLeavesNoTraceTest {

    private static final String FIRST = "Zebulon";
    private static final String LAST = "Quixotica";
    private static final String HOME = "zebulon@quixotica-home.example";
    private static final String WORK = "Z.Work@Quixo-Office.example";
    private static final String PHONE = "+39 0999 887766";
    private static final String FIRM = "studio@firm.example";
    private static final List<String> TRACES = List.of(FIRST, LAST, HOME, WORK, PHONE, "quixo");
    /** pgjdbc sends a timestamp untyped, so PostgreSQL reads it as the column's timestamptz. */
    private static final java.sql.Timestamp AT = java.sql.Timestamp.from(NOW);

    private final TestPostgres postgres = TestPostgres.get();
    private final DSLContext dsl = postgres.dsl();
    private final ContactPort contacts = ContactAdapters.contacts(dsl);
    private final AccountPort accounts = AccountAdapters.accounts(dsl);
    private final JooqErasureAdapter erasure = new JooqErasureAdapter(dsl);

    @Test
    void issue14_item2_after_erasing_no_column_of_any_table_holds_the_contacts_names_addresses_or_phone() {
        StaffMember anna = AccountFixtures.staff(StaffAdapters.staff(dsl), "Anna", "Neri", StaffRole.OWNER);
        Contact zebulon = contacts.find(new io.portico.domain.contact.ContactId(contact(anna, FIRST, LAST, PHONE, HOME, WORK))).orElseThrow();
        Contact lucia = contacts.find(new io.portico.domain.contact.ContactId(contact(anna, "Lucia", "Condivisa", "+39 02 5550001", "lucia@condivisa.example"))).orElseThrow();
        Account quixotica = AccountFixtures.individual(LAST + " " + FIRST, Set.of(anna.id()), AccountFixtures.loginFor(zebulon, HOME),
                AccountFixtures.loginFor(lucia, "lucia@condivisa.example"));
        Account other = AccountFixtures.individual("Condivisa", Set.of(anna.id()), AccountFixtures.loginFor(lucia, "lucia@condivisa.example"));
        accounts.add(quixotica, anna.id(), NOW);
        accounts.add(other, anna.id(), NOW);
        UUID a = quixotica.id().value();
        UUID b = other.id().value();
        UUID staff = anna.id().value();
        seed(a, b, staff, zebulon.id().value());
        long history = count("access_audit");
        long valueHistory = count("account_custom_value_history");
        long kept = count("email_message where message_id = '<mixed@firm>'");

        ErasureCounts counts = erasure.eraseAccount(quixotica.id(), anna.id(), NOW);

        assertThat(counts).isEqualTo(new ErasureCounts(1, 1, 2, 1, 2, 2, 1, 4 + 1 + 1));
        assertThat(traces()).isEmpty();
        assertThat(contacts.find(lucia.id())).contains(lucia);
        assertThat(ContactAdapters.list(dsl).linkedAccounts(lucia.id())).containsExactly(other.id());
        assertThat(accounts.find(other.id())).contains(other);
        assertThat(count("access_audit")).isEqualTo(history);
        assertThat(count("account_custom_value_history")).isEqualTo(valueHistory);
        assertThat(count("access_audit where account_id = '" + a + "'")).isEqualTo(4);
        assertThat(count("email_message where message_id = '<mixed@firm>'")).isEqualTo(kept);
        assertThat(count("email_message_address where address = 'lucia@condivisa.example'")).isEqualTo(1);
        assertThat(count("erasure where subject_id = '" + a + "' and kind = 'ACCOUNT'")).isEqualTo(1);
        assertThat(dsl.fetchValue("select subject from access_audit where account_id = ? and event_type = 'CONTACT_UNLINKED'", b))
                .asString().startsWith("erased contact ");
    }

    @Test
    void issue14_item2_a_contact_linked_nowhere_is_erased_with_its_traces_and_others_stay() {
        StaffMember anna = AccountFixtures.staff(StaffAdapters.staff(dsl), "Anna", "Neri", StaffRole.OWNER);
        UUID alone = contact(anna, FIRST, LAST, PHONE, HOME, WORK);
        UUID lucia = contact(anna, "Lucia", "Condivisa", "", "lucia@condivisa.example");
        dsl.execute("insert into attempt_counter (kind, subject, attempts, last_attempt_at, next_allowed_at) values ('PORTAL_SIGN_IN', ?, 1, ?, ?)",
                "address:" + HOME, AT, AT);
        dsl.execute("insert into portal_user (id, email, password_hash, created_at) values (?, ?, 'hash', ?)", UUID.randomUUID(), WORK, AT);

        ErasureCounts counts = erasure.eraseContact(new io.portico.domain.contact.ContactId(alone), anna.id(), NOW);

        assertThat(counts.contactsErased()).isEqualTo(1);
        assertThat(counts.portalUsers()).isEqualTo(1);
        assertThat(traces()).isEmpty();
        assertThat(count("contact where id = '" + lucia + "'")).isEqualTo(1);
    }

    private UUID contact(StaffMember by, String first, String last, String phone, String... emails) {
        var contact = io.portico.domain.contact.Contact.create(new io.portico.domain.contact.ContactName(first, last),
                new io.portico.domain.contact.ContactEmails(java.util.Arrays.stream(emails).map(io.portico.domain.shared.EmailAddress::new).toList()),
                phone, new io.portico.domain.shared.PostalAddress("Via " + last + " 1", "20121", "Milano", "MI", "IT"));
        contacts.add(contact, by.id(), NOW);
        return contact.id().value();
    }

    /** One of every kind of data the contact can have, and history naming it in both accounts. */
    private void seed(UUID a, UUID b, UUID staff, UUID zebulon) {
        String home = HOME;
        String work = WORK.toLowerCase();
        UUID field = UUID.randomUUID();
        UUID accountField = UUID.randomUUID();
        dsl.execute("insert into custom_field (id, scope, name, type) values (?, 'CONTACT', 'Tax code', 'TEXT'), (?, 'ACCOUNT', 'Note', 'TEXT')",
                field, accountField);
        dsl.execute("insert into contact_custom_value (contact_id, field_id, value) values (?, ?, ?)", zebulon, field, "QXTZBL80 " + LAST);
        dsl.execute("insert into account_custom_value (account_id, field_id, value) values (?, ?, ?)", a, accountField, "ask " + FIRST);
        dsl.execute("insert into account_custom_value_history (account_id, field_id, changed_by, changed_at, old_value, new_value) values (?, ?, ?, ?, '', ?)",
                a, accountField, staff, AT, "ask " + FIRST);
        dsl.execute("insert into account_note (id, account_id, author_id, text, created_at, updated_at) values (?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(), a, staff, "Called " + FIRST + " " + LAST + " on " + PHONE, AT, AT);
        dsl.execute("insert into account_photo (account_id, png) values (?, ?)", a, (LAST + " photo").getBytes(StandardCharsets.UTF_8));
        // the portal: a user, a second factor, a thread with a message and its file, what it read
        UUID user = UUID.randomUUID();
        dsl.execute("insert into portal_user (id, email, password_hash, created_at) values (?, ?, 'hash', ?)", user, HOME, AT);
        dsl.execute("insert into authenticator_app (id, portal_user_id, secret, enrolled_at) values (?, ?, ?, ?)", UUID.randomUUID(), user,
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", AT);
        UUID thread = UUID.randomUUID();
        dsl.execute("insert into message_thread (id, account_id, subject, started_at, last_message_at) values (?, ?, ?, ?, ?)",
                thread, a, "Taxes of " + FIRST, AT, AT);
        UUID message = UUID.randomUUID();
        dsl.execute("insert into message (id, thread_id, sender_portal_user_id, text, sent_at) values (?, ?, ?, ?, ?)",
                message, thread, user, "Regards, " + FIRST + " " + LAST, AT);
        String sha = "a".repeat(64);
        dsl.execute("insert into message_file (sha256, content) values (?, ?)", sha, (LAST + " id card").getBytes(StandardCharsets.UTF_8));
        dsl.execute("insert into message_attachment (id, message_id, position, file_name, content_type, size, sha256) values (?, ?, 0, ?, 'text/plain', 3, ?)",
                UUID.randomUUID(), message, LAST + ".txt", sha);
        dsl.execute("insert into message_read (portal_user_id, thread_id, read_at) values (?, ?, ?)", user, thread, AT);
        // the same portal user once wrote in the other account's thread
        UUID otherThread = UUID.randomUUID();
        dsl.execute("insert into message_thread (id, account_id, subject, started_at, last_message_at) values (?, ?, 'Old', ?, ?)", otherThread, b, AT, AT);
        dsl.execute("insert into message (id, thread_id, sender_portal_user_id, text, sent_at) values (?, ?, ?, ?, ?)",
                UUID.randomUUID(), otherThread, user, "From " + work, AT);
        seedMail(a, b, home, work);
        seedSignIn(a, b, staff, home, work, user);
        seedHistory(a, b, staff, home);
        seedJobs(staff, home);
    }

    /** Synced mail only theirs and the firm's (with a saved document), and one with a shared contact too; the outbox. */
    private void seedMail(UUID a, UUID b, String home, String work) {
        dsl.execute("insert into mailbox (id, name, address, imap_host, imap_port, imap_security, imap_user, imap_password, smtp_host, smtp_port, "
                + "smtp_security, smtp_user, smtp_password, created_at) values (?, 'Studio', ?, 'h', 993, 'TLS', 'u', '\\x00', 'h', 465, 'TLS', 'u', '\\x00', ?)",
                UUID.randomUUID(), FIRM, AT);
        UUID thread = UUID.randomUUID();
        UUID mixedThread = UUID.randomUUID();
        dsl.execute("insert into email_thread (id, subject, normalised_subject, last_message_at, message_count) values (?, ?, ?, ?, 1), (?, ?, ?, ?, 1)",
                thread, "For " + LAST, "for " + LAST.toLowerCase(), AT, mixedThread, "Meeting " + FIRST + " and Lucia", "meeting", AT);
        UUID own = UUID.randomUUID();
        UUID mixed = UUID.randomUUID();
        dsl.execute("""
                insert into email_message (id, message_id, thread_id, subject, from_address, from_name, sent_at, text_body, html_body, attachment_count, stored_at)
                values (?, '<own@firm>', ?, ?, ?, ?, ?, ?, ?, 1, ?), (?, '<mixed@firm>', ?, ?, ?, ?, ?, ?, ?, 0, ?)""",
                own, thread, "For " + LAST, WORK, FIRST + " " + LAST, AT, "Hi, " + FIRST + ". Call " + PHONE, "<p>" + FIRST + "</p>", AT,
                mixed, mixedThread, "Meeting " + FIRST + " and Lucia", HOME, FIRST + " " + LAST, AT, "Dear Lucia, " + FIRST + " here", null, AT);
        dsl.execute("""
                insert into email_message_address (message_id, address, role, thread_id, sent_at) values
                (?, ?, 'FROM', ?, ?), (?, ?, 'TO', ?, ?), (?, ?, 'FROM', ?, ?), (?, 'lucia@condivisa.example', 'TO', ?, ?), (?, ?, 'CC', ?, ?)""",
                own, work, thread, AT, own, FIRM, thread, AT, mixed, home, mixedThread, AT, mixed, mixedThread, AT, mixed, FIRM, mixedThread, AT);
        UUID attachment = UUID.randomUUID();
        dsl.execute("insert into email_attachment (id, message_id, position, file_name, content_type, size, content) values (?, ?, 0, ?, 'text/plain', 3, ?)",
                attachment, own, LAST + " return.pdf", (FIRST + " " + LAST).getBytes(StandardCharsets.UTF_8));
        for (UUID account : List.of(a, b)) {
            dsl.execute("insert into document (id, account_id, file_name, content_type, size, content, created_at, source_message_id, source_attachment_id) "
                            + "values (?, ?, ?, 'text/plain', 3, ?, ?, ?, ?)", UUID.randomUUID(), account, LAST + " return.pdf",
                    (FIRST + " " + LAST).getBytes(StandardCharsets.UTF_8), AT, own, attachment);
        }
        String file = "b".repeat(64);
        dsl.execute("insert into mail_file (sha256, content) values (?, ?)", file, (LAST + " invoice").getBytes(StandardCharsets.UTF_8));
        UUID pending = UUID.randomUUID();
        dsl.execute("""
                insert into mail_outbox (id, recipient, subject, html_body, text_body, status, next_attempt_at, queued_at, sent_at, cc) values
                (?, ?, ?, ?, ?, 'PENDING', ?, ?, null, '{}'), (?, ?, ?, null, null, 'SENT', ?, ?, ?, '{}'),
                (?, 'anna.neri@studio.it', ?, null, ?, 'PENDING', ?, ?, null, '{}')""",
                pending, WORK, "Your invoice, " + FIRST, "<p>" + LAST + "</p>", "Dear " + FIRST, AT, AT,
                UUID.randomUUID(), HOME, "Welcome " + FIRST, AT, AT, AT,
                UUID.randomUUID(), FIRST + " " + LAST + " signed in", "Client " + HOME + " signed in", AT, AT);
        dsl.execute("insert into mail_outbox_attachment (mail_id, position, file_name, content_type, sha256) values (?, 0, ?, 'text/plain', ?)",
                pending, LAST + ".pdf", file);
        dsl.execute("insert into notification_delivery (id, account_id, email, digest) values (?, ?, ?, false), (?, ?, ?, false)",
                UUID.randomUUID(), a, HOME, UUID.randomUUID(), b, HOME);
    }

    private void seedSignIn(UUID a, UUID b, UUID staff, String home, String work, UUID user) {
        String token = "c".repeat(64);
        String signup = "d".repeat(64);
        dsl.execute("insert into mailed_link (token_hash, purpose, holder, issued_at, expires_at) values (?, 'PORTAL_INVITATION', ?, ?, ?), "
                + "(?, 'SIGNUP_VERIFICATION', ?, ?, ?), (?, 'PORTAL_PASSWORD_RESET', ?, ?, ?)", token, home, AT, AT, signup, work, AT, AT,
                "e".repeat(64), user.toString(), AT, AT);
        dsl.execute("insert into link_invitation (token_hash, account_id, email, personal_message, invited_by) values (?, ?, ?, ?, ?)",
                token, b, HOME, "Welcome " + FIRST, staff);
        dsl.execute("insert into link_signup (token_hash, email, first_name, last_name, account_type) values (?, ?, ?, ?, 'INDIVIDUAL')",
                signup, WORK, FIRST, LAST);
        dsl.execute("insert into attempt_counter (kind, subject, attempts, last_attempt_at, next_allowed_at) values ('PORTAL_SIGN_IN', ?, 2, ?, ?)",
                "address:" + home, AT, AT);
        dsl.execute("insert into unlinked_access (account_id, email, since) values (?, ?, ?)", b, WORK, AT);
    }

    private void seedHistory(UUID a, UUID b, UUID staff, String home) {
        dsl.execute("""
                insert into access_audit (account_id, changed_by, changed_at, old_value, new_value, event_type, subject) values
                (?, ?, ?, 'off', 'on', 'LOGIN', ?), (?, ?, ?, '', '', 'CONTACT_LINKED', ?),
                (?, ?, ?, ?, ?, 'ADDRESSES_CHANGED', ?), (?, ?, ?, '', '', 'LEGACY', ?),
                (?, ?, ?, '', '', 'CONTACT_UNLINKED', ?), (?, ?, ?, 'off', 'on', 'LOGIN', ?)""",
                a, staff, AT, HOME, a, staff, AT, FIRST + " " + LAST,
                a, staff, AT, HOME, HOME + ", " + WORK, FIRST + " " + LAST, a, staff, AT, "Quixotica asked for access",
                b, staff, AT, FIRST + " " + LAST, b, staff, AT, "lucia@condivisa.example");
        dsl.execute("insert into staff_notification (id, recipient, message_key, arguments, link, created_at) values (?, ?, 'x', ?, ?, ?), (?, ?, 'y', ?, 'inbox', ?)",
                UUID.randomUUID(), staff, new String[] {FIRST + " " + LAST}, "account/" + a, AT,
                UUID.randomUUID(), staff, new String[] {home, "Condivisa"}, AT);
    }

    private void seedJobs(UUID staff, String home) {
        UUID job = UUID.randomUUID();
        dsl.execute("insert into job (id, kind, parameters, state, total, created_by, created_at, report) values (?, 'IMPORT', ?::jsonb, 'DONE', 1, ?, ?, ?::jsonb)",
                job, "{\"note\": \"" + FIRST + "\"}", staff, AT, "{\"skipped\": {\"" + home + "\": 1}, \"succeeded\": 0}");
        dsl.execute("insert into job_problem (job_id, item, field, message_key, arguments, row_values) values (?, ?, 'email', 'k', ?, ?)",
                job, FIRST + " " + LAST, new String[] {HOME}, new String[] {FIRST, LAST, HOME});
        dsl.execute("insert into job_file (job_id, position, file_name, content_type, content) values (?, 0, 'report.csv', 'text/csv', ?)",
                job, (FIRST + ";" + LAST + ";" + HOME).getBytes(StandardCharsets.UTF_8));
        dsl.execute("insert into bulk_access_invitation (job_id, email_key) values (?, ?)", job, home);
        UUID staged = UUID.randomUUID();
        dsl.execute("insert into import_file (id, staff_id, header, created_at) values (?, ?, '{first,last,email}', ?)", staged, staff, AT);
        dsl.execute("insert into import_row (import_id, row_no, row_values, row_hash) values (?, 1, ?, ?), (?, 2, '{Other,Person,o@p.example}', ?)",
                staged, new String[] {FIRST, LAST, HOME}, UUID.randomUUID(), staged, UUID.randomUUID());
    }

    private long count(String from) {
        return dsl.fetchSingle("select count(*) from " + from).get(0, Long.class);
    }

    /** Every text-like column of every table, read whole: where a trace of the erased contact is left. */
    private List<String> traces() {
        List<String> found = new ArrayList<>();
        var columns = dsl.fetch("""
                select c.table_name, c.column_name, c.data_type from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
                where c.table_schema = 'public' and c.data_type in ('text', 'character varying', 'jsonb', 'bytea', 'ARRAY', 'USER-DEFINED')""");
        assertThat(columns).hasSizeGreaterThan(100);
        for (var column : columns) {
            String table = column.get(0, String.class);
            String name = column.get(1, String.class);
            String value = "bytea".equals(column.get(2, String.class)) ? "encode(\"" + name + "\", 'escape')" : "\"" + name + "\"::text";
            for (String trace : TRACES) {
                long hits = dsl.fetchSingle("select count(*) from \"" + table + "\" where " + value + " ilike ?", "%" + trace + "%").get(0, Long.class);
                if (hits > 0) {
                    found.add(table + "." + name + " holds " + trace + " (" + hits + ")");
                }
            }
        }
        return found;
    }
}
