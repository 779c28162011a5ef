package io.portico.persistence.bulk;

import static io.portico.persistence.jooq.Tables.ACCOUNT;
import static io.portico.persistence.jooq.Tables.EMAIL_ACCESS;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.val;

import io.portico.application.bulk.port.AccountFilter;
import io.portico.application.bulk.port.AccountSelection;
import io.portico.application.bulk.port.out.BulkAccessPort;
import io.portico.domain.access.AccessToggle;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.access.Actor;
import io.portico.domain.bulk.AddressChange;
import io.portico.domain.bulk.BulkAccount;
import io.portico.domain.bulk.BulkAddress;
import io.portico.domain.bulk.BulkContact;
import io.portico.domain.contact.ContactId;
import io.portico.domain.job.JobId;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.Language;
import io.portico.domain.staff.StaffId;
import io.portico.persistence.account.AccountFilters;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record4;
import org.springframework.stereotype.Repository;

/**
 * E3 at scale: a chunk of accounts read in two statements (the accounts, then all their contacts' addresses), and
 * its changes written in at most four, each over the whole chunk's rows passed as arrays — never one per address.
 */
@Repository
class JooqBulkAccessAdapter implements BulkAccessPort {

    /** Upserts each changed address's toggles (its row may not exist yet: no row reads as all off). */
    private static final String TOGGLES = """
            insert into email_access (account_id, contact_id, email_key, login, notify, email_sync)
            select * from unnest({0}::uuid[], {1}::uuid[], {2}::text[], {3}::boolean[], {4}::boolean[], {5}::boolean[])
            on conflict (account_id, contact_id, email_key) do update
            set login = excluded.login, notify = excluded.notify, email_sync = excluded.email_sync""";

    /** B6: the open invitation links of each address whose LOGIN went off, issued for that account only. */
    private static final String VOID_LINKS = """
            update mailed_link m set voided_at = {2}
            from link_invitation i, unnest({0}::uuid[], {1}::text[]) as off(account_id, email_key)
            where i.token_hash = m.token_hash and i.account_id = off.account_id and m.holder = off.email_key
              and m.purpose = 'PORTAL_INVITATION' and m.used_at is null and m.voided_at is null""";

    /** Issue 10: an address that can now log in nowhere has its portal sessions ended on every node. */
    private static final String END_SESSIONS = """
            update portal_user p set credential_epoch = credential_epoch + 1
            where p.email_key = any({0}::text[])
              and not exists (select 1 from email_access e where e.email_key = p.email_key and e.login)
              and not exists (select 1 from unlinked_access u where u.email_key = p.email_key)""";

    /** Issue 11, item 1: the preferences chosen for each address whose NOTIFY went on. */
    private static final String PREFERENCES = """
            insert into notification_preference (account_id, contact_id, email_key, all_categories, categories, delivery)
            select a, c, k, {3}, {4}::text[], {5} from unnest({0}::uuid[], {1}::uuid[], {2}::text[]) as x(a, c, k)
            on conflict (account_id, contact_id, email_key) do update
            set all_categories = excluded.all_categories, categories = excluded.categories, delivery = excluded.delivery""";

    private static final String FIRST_INVITATIONS = """
            insert into bulk_access_invitation (job_id, email_key)
            select {0}, k from unnest({1}::text[]) as k
            on conflict do nothing
            returning email_key""";

    /** Every linked contact of the chunk's accounts with each address and its toggles, in link then address order. */
    private static final String ADDRESSES = """
            select ac.account_id, c.id, c.first_name || ' ' || c.last_name, c.language, ce.email,
                   coalesce(ea.login, false), coalesce(ea.notify, false), coalesce(ea.email_sync, false),
                   ce.email is not null and exists (select 1 from portal_user p where p.email_key = ce.email_key)
            from account_contact ac
            join contact c on c.id = ac.contact_id
            left join contact_email ce on ce.contact_id = c.id
            left join email_access ea on ea.account_id = ac.account_id and ea.contact_id = c.id and ea.email_key = ce.email_key
            where ac.account_id = any({0}::uuid[])
            order by ac.account_id, ac.position, ac.contact_id, ce.position""";

    private final DSLContext dsl;

    JooqBulkAccessAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long count(AccountSelection selection, Optional<StaffId> visibleTo) {
        return dsl.fetchCount(ACCOUNT, selected(selection, visibleTo));
    }

    @Override
    public List<BulkAccount> chunk(AccountSelection selection, Optional<StaffId> visibleTo, Optional<AccountId> after, int limit) {
        var accounts = switch (selection) {
            case AccountSelection.Chosen chosen -> chosen(chosen, visibleTo, after, limit);
            case AccountSelection.Matching matching -> accounts(selected(matching, visibleTo), visibleTo, after, limit);
        };
        var contacts = contacts(accounts.stream().map(row -> row.value1()).toArray(UUID[]::new));
        return accounts.stream().map(row -> new BulkAccount(new AccountId(row.value1()), row.value2(), row.value3(),
                contacts.getOrDefault(row.value1(), List.of()), row.value4())).toList();
    }

    /**
     * The next chosen ids are picked here, in the database's uuid order (that of their text), so each chunk asks for
     * its own ids only — not all of a 10 000 account selection again; ids of accounts gone since are passed over.
     */
    private List<Record4<UUID, String, Boolean, Boolean>> chosen(AccountSelection.Chosen chosen, Optional<StaffId> visibleTo,
                                                        Optional<AccountId> after, int limit) {
        List<UUID> next = chosen.accounts().stream().map(AccountId::value)
                .filter(id -> after.map(cursor -> id.toString().compareTo(cursor.value().toString()) > 0).orElse(true))
                .sorted(Comparator.comparing(UUID::toString)).toList();
        var found = new ArrayList<Record4<UUID, String, Boolean, Boolean>>();
        int from = 0;
        while (found.size() < limit && from < next.size()) {
            List<UUID> ids = next.subList(from, Math.min(next.size(), from + limit - found.size()));
            found.addAll(accounts(ACCOUNT.ID.eq(any(ids.toArray(UUID[]::new))), visibleTo, Optional.empty(), ids.size()));
            from += ids.size();
        }
        return found;
    }

    private List<Record4<UUID, String, Boolean, Boolean>> accounts(Condition selected, Optional<StaffId> visibleTo, Optional<AccountId> after,
                                                         int limit) {
        Condition visible = visibleTo.map(AccountFilters::onTeam).orElse(noCondition());
        return dsl.select(ACCOUNT.ID, ACCOUNT.NAME, visibleTo.isPresent() ? field(visible) : val(true), field(ACCOUNT.ARCHIVED_AT.isNotNull()))
                .from(ACCOUNT)
                .where(selected)
                .and(after.map(cursor -> ACCOUNT.ID.gt(cursor.value())).orElse(noCondition()))
                .orderBy(ACCOUNT.ID)
                .limit(limit)
                .fetch();
    }

    private Map<UUID, List<BulkContact>> contacts(UUID[] accounts) {
        record Line(UUID account, ContactId contact, String name, Optional<Language> language, Optional<BulkAddress> address) {
        }
        var lines = dsl.resultQuery(ADDRESSES, val(accounts)).fetch(row -> new Line(row.get(0, UUID.class),
                new ContactId(row.get(1, UUID.class)), row.get(2, String.class),
                Optional.ofNullable(row.get(3, String.class)).map(code -> Language.of("language", code)),
                Optional.ofNullable(row.get(4, String.class)).map(email -> new BulkAddress(new EmailAccess(new EmailAddress(email),
                        row.get(5, Boolean.class), row.get(6, Boolean.class), row.get(7, Boolean.class)), row.get(8, Boolean.class)))));
        var byAccount = new LinkedHashMap<UUID, LinkedHashMap<ContactId, List<Line>>>();
        lines.forEach(line -> byAccount.computeIfAbsent(line.account(), id -> new LinkedHashMap<>())
                .computeIfAbsent(line.contact(), id -> new ArrayList<>()).add(line));
        var result = new LinkedHashMap<UUID, List<BulkContact>>();
        byAccount.forEach((account, ofContact) -> result.put(account, ofContact.values().stream().map(same -> new BulkContact(
                same.getFirst().contact(), same.getFirst().name(), same.getFirst().language(),
                same.stream().flatMap(line -> line.address().stream()).toList())).toList()));
        return result;
    }

    @Override
    public void apply(List<AddressChange> changes, Optional<NotificationPreferences> preferences, Actor by, Instant at) {
        if (changes.isEmpty()) {
            return;
        }
        dsl.execute(TOGGLES, uuids(changes, c -> c.account().value()), uuids(changes, c -> c.contact().value()), keys(changes),
                flags(changes, AccessToggle.LOGIN), flags(changes, AccessToggle.NOTIFY), flags(changes, AccessToggle.EMAIL_SYNC));
        var off = changes.stream().filter(change -> change.turnedOff(AccessToggle.LOGIN)).toList();
        if (!off.isEmpty()) {
            dsl.execute(VOID_LINKS, uuids(off, c -> c.account().value()), keys(off), val(OffsetDateTime.ofInstant(at, ZoneOffset.UTC)));
            dsl.execute(END_SESSIONS, keys(off));
        }
        var notifying = changes.stream().filter(change -> change.turnedOn(AccessToggle.NOTIFY)).toList();
        preferences.filter(chosen -> !notifying.isEmpty()).ifPresent(chosen -> dsl.execute(PREFERENCES,
                uuids(notifying, c -> c.account().value()), uuids(notifying, c -> c.contact().value()), keys(notifying),
                val(chosen.all()), val(chosen.chosen().stream().map(Enum::name).sorted().toArray(String[]::new)),
                val(chosen.delivery().name())));
    }

    @Override
    public Set<String> firstInvitations(JobId job, Collection<EmailAddress> emails) {
        if (emails.isEmpty()) {
            return Set.of();
        }
        String[] keys = emails.stream().map(EmailAddress::lookupKey).distinct().toArray(String[]::new);
        return new HashSet<>(dsl.resultQuery(FIRST_INVITATIONS, val(job.value()), val(keys)).fetch(row -> row.get(0, String.class)));
    }

    private static Param<UUID[]> uuids(List<AddressChange> changes, Function<AddressChange, UUID> of) {
        return val(changes.stream().map(of).toArray(UUID[]::new));
    }

    private static Param<String[]> keys(List<AddressChange> changes) {
        return val(changes.stream().map(change -> change.after().email().lookupKey()).toArray(String[]::new));
    }

    private static Param<Boolean[]> flags(List<AddressChange> changes, AccessToggle toggle) {
        return val(changes.stream().map(change -> change.after().isOn(toggle)).toArray(Boolean[]::new));
    }

    private static Condition selected(AccountSelection selection, Optional<StaffId> visibleTo) {
        return switch (selection) {
            case AccountSelection.Chosen chosen -> ACCOUNT.ID.eq(any(chosen.accounts().stream()
                    .map(AccountId::value).toArray(UUID[]::new)));
            case AccountSelection.Matching matching -> selected(matching, visibleTo);
        };
    }

    /** Issue 14, item 1: as the list without its Archived filter, the active accounts only. */
    private static Condition selected(AccountSelection.Matching matching, Optional<StaffId> visibleTo) {
        AccountFilter filter = matching.filter();
        return AccountFilters.matching(filter.type(), filter.teamMember(), filter.portalStatus(), filter.tag())
                .and(AccountFilters.archived(false))
                .and(visibleTo.map(AccountFilters::onTeam).orElse(noCondition()));
    }
}
