package io.portico.persistence.erasure;

import io.portico.application.erasure.port.ErasureCounts;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Everything one erasure touches, read in a few set-based queries: the account (if one is erased), the contacts that
 * go and those only unlinked, their addresses, their portal users and the synced mails that were only theirs and the
 * firm's. Erasing and its preview count the same scope.
 */
record ErasureScope(Optional<UUID> account, Map<String, String> accountNames, List<Person> people, int unlinked,
                    UUID[] portalUsers, UUID[] syncedMails, UUID[] syncedThreads) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static ErasureScope ofAccount(DSLContext dsl, UUID account) {
        Map<String, String> names = new LinkedHashMap<>();
        String pseudonym = pseudonym("account");
        // the account's row stays locked until the erasure commits: two erasures of it run one after the other
        dsl.fetch("select name, company_name from account where id = ? for update", account).forEach(r -> {
            names.put(r.get(0, String.class), pseudonym);
            Optional.ofNullable(r.get(1, String.class)).ifPresent(company -> names.put(company, pseudonym));
        });
        var linked = dsl.fetch(PEOPLE + """
                , exists (select 1 from account_contact o where o.contact_id = c.id and o.account_id <> l.account_id) as shared
                from account_contact l join contact c on c.id = l.contact_id where l.account_id = ?""", account);
        List<Person> people = linked.stream().filter(r -> !r.get("shared", Boolean.class)).map(ErasureScope::person).toList();
        return of(dsl, Optional.of(account), names, people, linked.size() - people.size());
    }

    static ErasureScope ofContact(DSLContext dsl, UUID contact) {
        List<Person> people = dsl.fetch(PEOPLE + " from contact c where c.id = ?", contact).stream().map(ErasureScope::person).toList();
        return of(dsl, Optional.empty(), Map.of(), people, 0);
    }

    private static final String PEOPLE = """
            select c.id, c.first_name, c.last_name, c.phone,
                   array(select e.email from contact_email e where e.contact_id = c.id order by e.position) as emails""";

    private static Person person(Record r) {
        return new Person(r.get("id", UUID.class), r.get("first_name", String.class), r.get("last_name", String.class),
                r.get("phone", String.class), List.of(r.get("emails", String[].class)), pseudonym("contact"));
    }

    /** "erased contact 7f3a9c01": random, so nothing leads back from the pseudonym to the person. */
    private static String pseudonym(String kind) {
        return "erased " + kind + " " + HexFormat.of().toHexDigits(RANDOM.nextInt());
    }

    private static ErasureScope of(DSLContext dsl, Optional<UUID> account, Map<String, String> names, List<Person> people, int unlinked) {
        String[] addresses = addresses(people);
        UUID[] portalUsers = dsl.fetch("select id from portal_user where email_key = any(?::text[])", (Object) addresses)
                .getValues(0, UUID.class).toArray(UUID[]::new);
        var mails = dsl.fetch("""
                select distinct a.message_id, a.thread_id from email_message_address a
                where a.address = any(?::text[])
                  and not exists (select 1 from email_message_address o where o.message_id = a.message_id
                                  and o.address <> all(?::text[]) and o.address <> all(?::text[]))""",
                addresses, addresses, firm(dsl));
        return new ErasureScope(account, names, people, unlinked, portalUsers, mails.getValues(0, UUID.class).toArray(UUID[]::new),
                mails.getValues(1, UUID.class).stream().distinct().toArray(UUID[]::new));
    }

    /** The firm's side of synced mail: its mailboxes, its staff, its reply-to and copy addresses. */
    private static String[] firm(DSLContext dsl) {
        return dsl.fetch("""
                select lower(address) from mailbox union select lower(email) from staff
                union select lower(reply_to) from firm where reply_to is not null
                union select lower(copy_address) from firm where copy_address is not null""").getValues(0, String.class).toArray(String[]::new);
    }

    static String[] addresses(List<Person> people) {
        return people.stream().flatMap(p -> p.emails().stream()).map(e -> e.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);
    }

    String[] addresses() {
        return addresses(people);
    }

    UUID[] contacts() {
        return people.stream().map(Person::id).toArray(UUID[]::new);
    }

    /** The account's id for statements that take one; null (matching nothing) when a contact is erased alone. */
    UUID accountOrNull() {
        return account.orElse(null);
    }

    Scrub scrub() {
        return Scrub.of(people, accountNames);
    }

    ErasureCounts counts(DSLContext dsl) {
        Record r = dsl.fetchSingle("""
                select (select count(*) from message m where m.thread_id in (select t.id from message_thread t where t.account_id = ?::uuid)
                                                           or m.sender_portal_user_id = any(?::uuid[])),
                       (select count(*) from document d where d.account_id = ?::uuid or d.source_message_id = any(?::uuid[])),
                       (select count(*) from mail_outbox o where lower(o.recipient) = any(?::text[])
                                                              or exists (select 1 from unnest(o.cc) c where lower(c) = any(?::text[]))),
                       (select count(*) from access_audit h where h.account_id = ?::uuid or h.subject = any(?::text[]))
                     + (select count(*) from account_custom_value_history v where v.account_id = ?::uuid)""",
                accountOrNull(), portalUsers, accountOrNull(), syncedMails, addresses(), addresses(), accountOrNull(),
                Scrub.subjects(people), accountOrNull());
        return new ErasureCounts(people.size(), unlinked, r.get(0, Integer.class), syncedMails.length, r.get(1, Integer.class),
                r.get(2, Integer.class), portalUsers.length, r.get(3, Integer.class));
    }
}
