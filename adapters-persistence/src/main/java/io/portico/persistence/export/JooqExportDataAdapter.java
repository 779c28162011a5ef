package io.portico.persistence.export;

import io.portico.application.export.port.out.ExportDataPort;
import io.portico.application.export.port.out.ExportScope;
import io.portico.application.export.port.out.ExportSection;
import io.portico.application.export.port.out.ExportedFile;
import io.portico.domain.account.AccountId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * Issue 14 item 3: an export's rows, one set-based statement per section, read through a database cursor
 * ({@link #FETCH} rows at a time, files {@link #FETCH_FILES} at a time) inside the job's transaction, so memory stays
 * flat however much mail an account has. Every statement is bounded by the scope: the accounts (and, for a client,
 * their own contact and address) it names.
 */
@Repository
class JooqExportDataAdapter implements ExportDataPort {

    private static final int FETCH = 500;
    private static final int FETCH_FILES = 20;

    /** The scope's accounts ({1}), contacts ({2}), mail addresses ({3}) and the accounts whose documents go ({4}). */
    private static final String SCOPE = """
            with scope_account as (select unnest(?::uuid[]) as id),
                 scope_contact as (select unnest(?::uuid[]) as id),
                 scope_mail as (select distinct a.message_id as id from email_message_address a where a.address = any(?::text[])),
                 scope_document as (select d.id from document d where d.account_id = any(?::uuid[])
                     and (?::boolean or d.source_message_id in (select id from scope_mail)))
            """;

    private final DSLContext dsl;

    JooqExportDataAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void rows(ExportScope scope, ExportSection section, Consumer<List<String>> row) {
        try (Stream<Record> records = query(scope, SCOPE + sql(section), FETCH)) {
            records.map(JooqExportDataAdapter::values).map(values -> withPath(section, values)).forEach(row);
        }
    }

    @Override
    public void files(ExportScope scope, Consumer<ExportedFile> file) {
        String sql = SCOPE + """
                select 'messages', a.id, a.file_name, f.content from message_attachment a
                  join message_file f on f.sha256 = a.sha256 join message m on m.id = a.message_id
                  join message_thread t on t.id = m.thread_id where t.account_id in (select id from scope_account)
                union all
                select 'mail', a.id, a.file_name, a.content from email_attachment a
                  where a.message_id in (select id from scope_mail) and a.content is not null
                union all
                select 'documents', d.id, d.file_name, d.content from document d where d.id in (select id from scope_document)
                """;
        try (Stream<Record> records = query(scope, sql, FETCH_FILES)) {
            records.forEach(r -> file.accept(new ExportedFile(path(r.get(0, String.class), r.get(1, UUID.class), r.get(2, String.class)),
                    r.get(3, byte[].class))));
        }
    }

    private Stream<Record> query(ExportScope scope, String sql, int fetchSize) {
        Object[] bindings = switch (scope) {
            case ExportScope.WholeAccount whole -> new Object[] {ids(List.of(whole.account())), linkedContacts(whole.account()),
                    whole.mailAddresses().toArray(String[]::new), ids(List.of(whole.account())), true};
            case ExportScope.OwnData own -> new Object[] {ids(own.accounts()), ownContact(own.address()),
                    own.mailAddresses().toArray(String[]::new), ids(own.syncAccounts()), false};
        };
        return dsl.resultQuery(sql, bindings).fetchSize(fetchSize).stream();
    }

    private UUID[] linkedContacts(AccountId account) {
        return dsl.resultQuery("select contact_id from account_contact where account_id = ?", account.value())
                .fetch(0, UUID.class).toArray(UUID[]::new);
    }

    private UUID[] ownContact(String address) {
        return dsl.resultQuery("select contact_id from contact_email where email_key = ?", address).fetch(0, UUID.class)
                .toArray(UUID[]::new);
    }

    private static UUID[] ids(List<AccountId> accounts) {
        return accounts.stream().map(AccountId::value).toArray(UUID[]::new);
    }

    private static String sql(ExportSection section) {
        return switch (section) {
            case ACCOUNTS -> """
                    select id, type, name, company_name, company_street, company_postal_code, company_city, company_region,
                           company_country, created_at from account where id in (select id from scope_account) order by name, id
                    """;
            case CONTACTS -> """
                    select id, first_name, last_name, phone, street, postal_code, city, region, country, language, created_at
                      from contact where id in (select id from scope_contact) order by last_name, first_name, id
                    """;
            case ADDRESSES -> """
                    select contact_id, email, position from contact_email where contact_id in (select id from scope_contact)
                     order by contact_id, position
                    """;
            case TOGGLES -> """
                    select a.account_id, a.contact_id, e.email, a.login, a.notify, a.email_sync from email_access a
                      join contact_email e on e.contact_id = a.contact_id and e.email_key = a.email_key
                     where a.account_id in (select id from scope_account) and a.contact_id in (select id from scope_contact)
                     order by a.account_id, a.contact_id, e.position
                    """;
            case HISTORY -> """
                    select h.account_id, h.changed_at, coalesce(s.first_name || ' ' || s.last_name, ''), h.event_type, h.subject,
                           h.old_value, h.new_value
                      from access_audit h left join staff s on s.id = h.changed_by
                     where h.account_id in (select id from scope_account) order by h.changed_at, h.id
                    """;
            case NOTES -> """
                    select n.id, n.account_id, s.first_name || ' ' || s.last_name, n.text, n.created_at, n.updated_at
                      from account_note n join staff s on s.id = n.author_id
                     where n.account_id in (select id from scope_account) order by n.created_at, n.id
                    """;
            case MESSAGES -> """
                    select m.id, t.account_id, t.id, t.subject, coalesce(s.first_name || ' ' || s.last_name, p.email), m.text, m.sent_at
                      from message m join message_thread t on t.id = m.thread_id
                      left join staff s on s.id = m.sender_staff_id left join portal_user p on p.id = m.sender_portal_user_id
                     where t.account_id in (select id from scope_account) order by t.started_at, t.id, m.seq
                    """;
            case MESSAGE_FILES -> """
                    select a.id, a.message_id, a.file_name, a.content_type, a.size from message_attachment a
                      join message m on m.id = a.message_id join message_thread t on t.id = m.thread_id
                     where t.account_id in (select id from scope_account) order by m.seq, a.position
                    """;
            case NOTIFICATIONS -> """
                    select id, account_id, email, event, account_name, raised_at from notification_delivery
                     where account_id in (select id from scope_account)
                       and (email_key in (select email_key from contact_email where contact_id in (select id from scope_contact)))
                     order by raised_at, id
                    """;
            case MAIL -> """
                    select m.id, m.message_id, m.thread_id, m.subject, m.from_address, m.from_name,
                           (select string_agg(a.address, ', ') from email_message_address a where a.message_id = m.id and a.role = 'TO'),
                           (select string_agg(a.address, ', ') from email_message_address a where a.message_id = m.id and a.role = 'CC'),
                           m.sent_at, m.text_body, m.html_body
                      from email_message m where m.id in (select id from scope_mail) order by m.sent_at, m.id
                    """;
            case MAIL_FILES -> """
                    select a.id, a.message_id, a.file_name, a.content_type, a.size, a.content is not null from email_attachment a
                     where a.message_id in (select id from scope_mail) order by a.message_id, a.position
                    """;
            case DOCUMENTS -> """
                    select id, account_id, file_name, content_type, size, created_at, source_message_id from document
                     where id in (select id from scope_document) order by created_at, id
                    """;
        };
    }

    /** The file sections name where each file is in the ZIP (a synced file over the size cap was never kept: no path). */
    private static List<String> withPath(ExportSection section, List<String> values) {
        String folder = switch (section) {
            case MESSAGE_FILES -> "messages";
            case MAIL_FILES -> "mail";
            case DOCUMENTS -> "documents";
            default -> null;
        };
        if (folder == null) {
            return values;
        }
        List<String> row = new ArrayList<>(values);
        boolean kept = section != ExportSection.MAIL_FILES || Boolean.parseBoolean(row.removeLast());
        row.add(kept ? path(folder, UUID.fromString(values.getFirst()), values.get(2)) : "");
        return row;
    }

    /** {@code files/<folder>/<id>/<name>}, the name stripped of anything that would leave its folder. */
    static String path(String folder, UUID id, String fileName) {
        String name = fileName.replaceAll("[/\\\\\\p{Cntrl}]", "_").replaceAll("^\\.+", "_");
        return "files/" + folder + "/" + id + "/" + (name.isEmpty() ? "file" : name);
    }

    private static List<String> values(Record record) {
        List<String> values = new ArrayList<>(record.size());
        for (int i = 0; i < record.size(); i++) {
            values.add(text(record.get(i)));
        }
        return values;
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> "";
            case OffsetDateTime time -> time.withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
            default -> value.toString();
        };
    }
}
