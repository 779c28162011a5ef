package io.portico.persistence.erasure;

import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The statements of one erasure, each set-based over its whole {@link ErasureScope}, in an order that lets foreign
 * keys cascade what they can: history is scrubbed, the person's data deleted, shared files left only when unused.
 */
final class Eraser {

    private final DSLContext dsl;
    private final ErasureScope scope;
    private final Scrub scrub;
    private final String[] addresses;

    Eraser(DSLContext dsl, ErasureScope scope) {
        this.dsl = dsl;
        this.scope = scope;
        this.scrub = scope.scrub();
        this.addresses = scope.addresses();
    }

    void run(UUID by, Instant at) {
        record(by, at);
        history();
        syncedMail();
        outbox();
        notices();
        jobs();
        people();
    }

    /** Who erased what, when, under which pseudonym: the history that stays is reached by the erased ids. */
    private void record(UUID by, Instant at) {
        scope.account().ifPresent(account -> insert("ACCOUNT", account, scope.accountNames().values().stream().findFirst()
                .orElse("erased account"), by, at));
        scope.people().forEach(person -> insert("CONTACT", person.id(), person.pseudonym(), by, at));
    }

    private void insert(String kind, UUID subject, String pseudonym, UUID by, Instant at) {
        dsl.execute("insert into erasure (id, kind, subject_id, pseudonym, erased_by, erased_at) values (?, ?, ?, ?, ?, ?::timestamptz)",
                UUID.randomUUID(), kind, subject, pseudonym, by, at.toString());
    }

    /** History stays as facts: the erased account's entries, and other accounts' entries naming an erased contact. */
    private void history() {
        dsl.execute("""
                update access_audit set subject = erasure_scrub(subject, ?::text[], ?::text[], ?::text[]),
                                        old_value = erasure_scrub(old_value, ?::text[], ?::text[], ?::text[]),
                                        new_value = erasure_scrub(new_value, ?::text[], ?::text[], ?::text[])
                where account_id = ?::uuid or subject = any(?::text[])""",
                needles(), patterns(), pseudonyms(), needles(), patterns(), pseudonyms(), needles(), patterns(), pseudonyms(), scope.accountOrNull(),
                Scrub.subjects(scope.people()));
        scope.account().ifPresent(account -> dsl.execute("""
                update account_custom_value_history set old_value = case when old_value = '' then '' else ? end,
                                                        new_value = case when new_value = '' then '' else ? end
                where account_id = ?""", accountPseudonym(), accountPseudonym(), account));
    }

    /**
     * Synced mail only between the erased addresses and the firm goes, with the documents saved from it; mail with
     * other parties stays for them, with the erased addresses and names replaced.
     */
    private void syncedMail() {
        UUID[] mails = scope.syncedMails();
        dsl.execute("delete from document where source_message_id = any(?::uuid[])", (Object) mails);
        UUID[] threads = scope.syncedThreads();
        dsl.execute("delete from email_message where id = any(?::uuid[])", (Object) mails);
        dsl.execute("delete from email_thread t where t.id = any(?::uuid[]) and not exists (select 1 from email_message m where m.thread_id = t.id)",
                (Object) threads);
        dsl.execute("""
                update email_thread t set message_count = (select count(*) from email_message m where m.thread_id = t.id),
                                          subject = erasure_scrub(t.subject, ?::text[], ?::text[], ?::text[])
                where t.id in (select m.thread_id from email_message m join email_message_address a on a.message_id = m.id
                               where a.address = any(?::text[]))""", needles(), patterns(), pseudonyms(), addresses);
        dsl.execute("""
                update email_message m set subject = erasure_scrub(m.subject, ?::text[], ?::text[], ?::text[]),
                                           text_body = erasure_scrub(m.text_body, ?::text[], ?::text[], ?::text[]),
                                           html_body = erasure_scrub(m.html_body, ?::text[], ?::text[], ?::text[]),
                                           from_address = erasure_scrub(m.from_address, ?::text[], ?::text[], ?::text[]),
                                           from_name = case when lower(m.from_address) = any(?::text[]) then null else m.from_name end
                where m.id in (select a.message_id from email_message_address a where a.address = any(?::text[]))""",
                needles(), patterns(), pseudonyms(), needles(), patterns(), pseudonyms(), needles(), patterns(), pseudonyms(), needles(), patterns(), pseudonyms(), addresses, addresses);
        dsl.execute("delete from email_message_address where address = any(?::text[])", (Object) addresses);
    }

    /** Mail queued or sent to them goes (and its files, when no other mail uses them); other mail naming them is scrubbed. */
    private void outbox() {
        String gone = "from mail_outbox o where lower(o.recipient) = any(?::text[]) "
                + "or exists (select 1 from unnest(o.cc) c where lower(c) = any(?::text[]))";
        String[] files = dsl.fetch("select a.sha256 from mail_outbox_attachment a where a.mail_id in (select o.id " + gone + ")",
                addresses, addresses).getValues(0, String.class).toArray(String[]::new);
        dsl.execute("delete " + gone, addresses, addresses);
        dsl.execute("delete from mail_file f where f.sha256 = any(?::text[]) and not exists (select 1 from mail_outbox_attachment a where a.sha256 = f.sha256)",
                (Object) files);
        dsl.execute("""
                update mail_outbox set subject = erasure_scrub(subject, ?::text[], ?::text[], ?::text[]),
                                       text_body = erasure_scrub(text_body, ?::text[], ?::text[], ?::text[]),
                                       html_body = erasure_scrub(html_body, ?::text[], ?::text[], ?::text[])
                where concat_ws(' ', subject, text_body, html_body) ~* ?""",
                needles(), patterns(), pseudonyms(), needles(), patterns(), pseudonyms(), needles(), patterns(), pseudonyms(), scrub.any());
    }

    /** Team notices about the erased account go; others naming the person keep their fact under the pseudonym. */
    private void notices() {
        scope.account().ifPresent(account -> dsl.execute("delete from staff_notification where link like ?", "%" + account + "%"));
        dsl.execute("""
                update staff_notification set arguments = array(select erasure_scrub(a, ?::text[], ?::text[], ?::text[]) from unnest(arguments) a)
                where array_to_string(arguments, ' ') ~* ?""", needles(), patterns(), pseudonyms(), scrub.any());
        dsl.execute("delete from notification_delivery where email_key = any(?::text[])", (Object) addresses);
        dsl.execute("""
                update notification_delivery set account_name = erasure_scrub(account_name, ?::text[], ?::text[], ?::text[]),
                       parameter_values = array(select erasure_scrub(v, ?::text[], ?::text[], ?::text[]) from unnest(parameter_values) v)
                where concat_ws(' ', account_name, array_to_string(parameter_values, ' ')) ~* ?""",
                needles(), patterns(), pseudonyms(), needles(), patterns(), pseudonyms(), scrub.any());
    }

    /** Job reports keep their counts with the person scrubbed; staged import rows and report files naming them go. */
    private void jobs() {
        dsl.execute("""
                update job set parameters = erasure_scrub(parameters::text, ?::text[], ?::text[], ?::text[])::jsonb,
                               report = erasure_scrub(report::text, ?::text[], ?::text[], ?::text[])::jsonb,
                               cursor = erasure_scrub(cursor, ?::text[], ?::text[], ?::text[])
                where concat_ws(' ', parameters::text, report::text, cursor) ~* ?""",
                needles(), patterns(), pseudonyms(), needles(), patterns(), pseudonyms(), needles(), patterns(), pseudonyms(), scrub.any());
        dsl.execute("""
                update job_problem set item = erasure_scrub(item, ?::text[], ?::text[], ?::text[]),
                       arguments = array(select erasure_scrub(a, ?::text[], ?::text[], ?::text[]) from unnest(arguments) a),
                       row_values = array(select erasure_scrub(v, ?::text[], ?::text[], ?::text[]) from unnest(row_values) v)
                where concat_ws(' ', item, array_to_string(arguments, ' '), array_to_string(row_values, ' ')) ~* ?""",
                needles(), patterns(), pseudonyms(), needles(), patterns(), pseudonyms(), needles(), patterns(), pseudonyms(), scrub.any());
        dsl.execute("delete from job_file where encode(content, 'escape') ~* ?", scrub.any());
        dsl.execute("delete from import_row where array_to_string(row_values, ' ') ~* ?", scrub.any());
        dsl.execute("delete from bulk_access_invitation where email_key = any(?::text[])", (Object) addresses);
    }

    /**
     * The people themselves: their portal messages, the account (its notes, photo, custom values, documents, threads,
     * links and toggles go with it by cascade), the contacts, their portal users, links and sign-in records.
     */
    private void people() {
        UUID[] users = scope.portalUsers();
        String files = "select a.sha256 from message_attachment a join message m on m.id = a.message_id "
                + "where m.sender_portal_user_id = any(?::uuid[]) or m.thread_id in (select id from message_thread where account_id = ?::uuid)";
        String[] shas = dsl.fetch(files, users, scope.accountOrNull()).getValues(0, String.class).toArray(String[]::new);
        dsl.execute("delete from message where sender_portal_user_id = any(?::uuid[])", (Object) users);
        scope.account().ifPresent(account -> dsl.execute("delete from account where id = ?", account));
        dsl.execute("delete from message_file f where f.sha256 = any(?::text[]) and not exists (select 1 from message_attachment a where a.sha256 = f.sha256)",
                (Object) shas);
        dsl.execute("delete from contact where id = any(?::uuid[])", (Object) scope.contacts());
        dsl.execute("delete from portal_user where id = any(?::uuid[])", (Object) users);
        String[] holders = java.util.stream.Stream.concat(java.util.Arrays.stream(addresses), java.util.Arrays.stream(users).map(UUID::toString))
                .toArray(String[]::new);
        dsl.execute("""
                delete from mailed_link l where l.holder = any(?::text[])
                   or l.token_hash in (select token_hash from link_signup where lower(email) = any(?::text[]))
                   or l.token_hash in (select token_hash from link_invitation where lower(email) = any(?::text[]))""",
                holders, addresses, addresses);
        dsl.execute("delete from attempt_counter where subject = any(?::text[])",
                (Object) java.util.Arrays.stream(addresses).map(a -> "address:" + a).toArray(String[]::new));
        dsl.execute("delete from unlinked_access where email_key = any(?::text[])", (Object) addresses);
    }

    private String accountPseudonym() {
        return scope.accountNames().values().stream().findFirst().orElse("erased account");
    }

    private String[] needles() {
        return scrub.needleArray();
    }

    private String[] patterns() {
        return scrub.patternArray();
    }

    private String[] pseudonyms() {
        return scrub.pseudonymArray();
    }
}
