package io.portico.persistence.account;

import static io.portico.persistence.jooq.Tables.ACCOUNT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_CONTACT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_CUSTOM_VALUE;
import static io.portico.persistence.jooq.Tables.ACCOUNT_TAG;
import static io.portico.persistence.jooq.Tables.ACCOUNT_TEAM;
import static io.portico.persistence.jooq.Tables.CONTACT_EMAIL;
import static io.portico.persistence.jooq.Tables.EMAIL_ACCESS;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import io.portico.application.account.port.out.AccountPort;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.ContactLink;
import io.portico.domain.contact.ContactId;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.TagId;
import io.portico.persistence.shared.ForeignKeyViolation;
import io.portico.persistence.shared.LastSave;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.Table;
import org.jooq.TableField;
import org.springframework.stereotype.Repository;

/**
 * An account is its row plus its team, links and access rows. Each write is one transaction of its own
 * (a savepoint inside the caller's), so a failure never leaves half an account.
 */
@Repository
class JooqAccountAdapter implements AccountPort {

    /** The team, as a nested collection of the account's row. */
    private static final Field<Set<StaffId>> TEAM = multiset(
            select(ACCOUNT_TEAM.STAFF_ID).from(ACCOUNT_TEAM).where(ACCOUNT_TEAM.ACCOUNT_ID.eq(ACCOUNT.ID)))
            .convertFrom(rows -> rows.stream().map(row -> new StaffId(row.value1())).collect(Collectors.toUnmodifiableSet()));

    /** The access toggles of one link, in the order of the contact's addresses. */
    private static final Field<List<EmailAccess>> ACCESS = multiset(
            select(CONTACT_EMAIL.EMAIL, EMAIL_ACCESS.LOGIN, EMAIL_ACCESS.NOTIFY, EMAIL_ACCESS.EMAIL_SYNC)
                    .from(EMAIL_ACCESS)
                    .join(CONTACT_EMAIL).on(CONTACT_EMAIL.CONTACT_ID.eq(EMAIL_ACCESS.CONTACT_ID)
                            .and(CONTACT_EMAIL.EMAIL_KEY.eq(EMAIL_ACCESS.EMAIL_KEY)))
                    .where(EMAIL_ACCESS.ACCOUNT_ID.eq(ACCOUNT_CONTACT.ACCOUNT_ID))
                    .and(EMAIL_ACCESS.CONTACT_ID.eq(ACCOUNT_CONTACT.CONTACT_ID))
                    .orderBy(CONTACT_EMAIL.POSITION))
            .convertFrom(rows -> rows.map(Records.mapping(AccountMapper::toAccess)));

    private static final Field<List<ContactLink>> LINKS = multiset(
            select(ACCOUNT_CONTACT.CONTACT_ID, ACCOUNT_CONTACT.DESCRIPTION, ACCOUNT_CONTACT.SIGNER_PRIORITY,
                    ACCOUNT_CONTACT.SIGNER_AUTHORITY, ACCESS)
                    .from(ACCOUNT_CONTACT)
                    .where(ACCOUNT_CONTACT.ACCOUNT_ID.eq(ACCOUNT.ID))
                    .orderBy(ACCOUNT_CONTACT.POSITION))
            .convertFrom(rows -> rows.map(Records.mapping(AccountMapper::toLink)));

    /** A5: the account's tags. */
    private static final Field<Set<TagId>> TAGS = multiset(
            select(ACCOUNT_TAG.TAG_ID).from(ACCOUNT_TAG).where(ACCOUNT_TAG.ACCOUNT_ID.eq(ACCOUNT.ID)))
            .convertFrom(rows -> rows.stream().map(row -> new TagId(row.value1())).collect(Collectors.toUnmodifiableSet()));

    /** A7: the account's custom field values. */
    private static final Field<Map<CustomFieldId, String>> CUSTOM_VALUES = multiset(
            select(ACCOUNT_CUSTOM_VALUE.FIELD_ID, ACCOUNT_CUSTOM_VALUE.VALUE).from(ACCOUNT_CUSTOM_VALUE)
                    .where(ACCOUNT_CUSTOM_VALUE.ACCOUNT_ID.eq(ACCOUNT.ID)))
            .convertFrom(rows -> rows.stream().collect(Collectors.toUnmodifiableMap(row -> new CustomFieldId(row.value1()), row -> row.value2())));

    private final DSLContext dsl;

    JooqAccountAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Account account, StaffId by, Instant at) {
        refusingUnknownTags(() -> dsl.transaction(tx -> {
            tx.dsl().insertInto(ACCOUNT)
                    .set(AccountMapper.details(account))
                    .set(ACCOUNT.ID, account.id().value())
                    .set(ACCOUNT.VERSION, 0L)
                    .set(ACCOUNT.UPDATED_BY, by.value())
                    .set(ACCOUNT.UPDATED_AT, at)
                    .set(ACCOUNT.CREATED_AT, at)
                    .execute();
            UUID id = account.id().value();
            insertRows(tx.dsl(), ACCOUNT_TEAM, ACCOUNT_TEAM.ACCOUNT_ID, ACCOUNT_TEAM.STAFF_ID, id, staffIds(account.team()));
            for (int position = 0; position < account.links().size(); position++) {
                insertLink(tx.dsl(), id, account.links().get(position), position, at);
            }
            insertRows(tx.dsl(), ACCOUNT_TAG, ACCOUNT_TAG.ACCOUNT_ID, ACCOUNT_TAG.TAG_ID, id, tagIds(account.tags()));
            upsertValues(tx.dsl(), id, account.customValues());
        }));
    }

    /** One statement, so the account, its team and its links are read from one snapshot. */
    @Override
    public Optional<Account> find(AccountId id) {
        return find(dsl, id);
    }

    private static Optional<Account> find(DSLContext dsl, AccountId id) {
        return dsl.select(ACCOUNT.fields()).select(TEAM, LINKS, TAGS, CUSTOM_VALUES)
                .from(ACCOUNT)
                .where(ACCOUNT.ID.eq(id.value()))
                .fetchOptional(row -> AccountMapper.toAccount(row.into(ACCOUNT), row.get(TEAM), row.get(LINKS))
                        .withDetails(row.get(TAGS), row.get(CUSTOM_VALUES)));
    }

    /**
     * The version check and the row's update are one statement: a concurrent save of the same version
     * waits for this one and then finds the version changed. Then only what differs from the stored
     * account is written: a team member added is one row inserted, a tag removed one row deleted (item 4).
     */
    @Override
    public void update(Account account, StaffId by, Instant at) {
        UUID id = account.id().value();
        refusingUnknownTags(() -> dsl.transaction(tx -> {
            int updated = tx.dsl().update(ACCOUNT)
                    .set(AccountMapper.details(account))
                    .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                    .set(ACCOUNT.UPDATED_BY, by.value())
                    .set(ACCOUNT.UPDATED_AT, at)
                    .where(ACCOUNT.ID.eq(id))
                    .and(ACCOUNT.VERSION.eq(account.version()))
                    .execute();
            if (updated == 0) {
                throw LastSave.refusal(tx.dsl(), ACCOUNT.ID, id, ACCOUNT.UPDATED_BY, ACCOUNT.UPDATED_AT);
            }
            Account stored = find(tx.dsl(), account.id()).orElseThrow();
            writeRows(tx.dsl(), ACCOUNT_TEAM, ACCOUNT_TEAM.ACCOUNT_ID, ACCOUNT_TEAM.STAFF_ID, id, staffIds(stored.team()),
                    staffIds(account.team()));
            writeLinks(tx.dsl(), id, stored.links(), account.links(), at);
            writeRows(tx.dsl(), ACCOUNT_TAG, ACCOUNT_TAG.ACCOUNT_ID, ACCOUNT_TAG.TAG_ID, id, tagIds(stored.tags()), tagIds(account.tags()));
            writeValues(tx.dsl(), id, stored.customValues(), account.customValues());
        }));
    }

    /** The account's rows of a set (team members, tags): those gone are deleted, those new inserted, the others untouched. */
    private static <R extends Record> void writeRows(DSLContext dsl, Table<R> table, TableField<R, UUID> owner, TableField<R, UUID> member,
                                                     UUID id, Set<UUID> stored, Set<UUID> wanted) {
        Set<UUID> gone = stored.stream().filter(key -> !wanted.contains(key)).collect(Collectors.toSet());
        if (!gone.isEmpty()) {
            dsl.deleteFrom(table).where(owner.eq(id)).and(member.in(gone)).execute();
        }
        insertRows(dsl, table, owner, member, id, wanted.stream().filter(key -> !stored.contains(key)).collect(Collectors.toSet()));
    }

    private static <R extends Record> void insertRows(DSLContext dsl, Table<R> table, TableField<R, UUID> owner, TableField<R, UUID> member,
                                                      UUID id, Set<UUID> added) {
        if (!added.isEmpty()) {
            var rows = dsl.insertInto(table, owner, member);
            for (UUID key : added) {
                rows = rows.values(id, key);
            }
            rows.execute();
        }
    }

    private static Set<UUID> staffIds(Set<StaffId> members) {
        return members.stream().map(StaffId::value).collect(Collectors.toSet());
    }

    private static Set<UUID> tagIds(Set<TagId> tags) {
        return tags.stream().map(TagId::value).collect(Collectors.toSet());
    }

    private static void writeValues(DSLContext dsl, UUID id, Map<CustomFieldId, String> stored, Map<CustomFieldId, String> values) {
        Set<UUID> gone = stored.keySet().stream().filter(field -> !values.containsKey(field)).map(CustomFieldId::value)
                .collect(Collectors.toSet());
        if (!gone.isEmpty()) {
            dsl.deleteFrom(ACCOUNT_CUSTOM_VALUE).where(ACCOUNT_CUSTOM_VALUE.ACCOUNT_ID.eq(id)).and(ACCOUNT_CUSTOM_VALUE.FIELD_ID.in(gone))
                    .execute();
        }
        upsertValues(dsl, id, values.entrySet().stream().filter(value -> !value.getValue().equals(stored.get(value.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    private static void upsertValues(DSLContext dsl, UUID id, Map<CustomFieldId, String> changed) {
        if (!changed.isEmpty()) {
            var values = dsl.insertInto(ACCOUNT_CUSTOM_VALUE, ACCOUNT_CUSTOM_VALUE.ACCOUNT_ID, ACCOUNT_CUSTOM_VALUE.FIELD_ID,
                    ACCOUNT_CUSTOM_VALUE.VALUE);
            for (var value : changed.entrySet()) {
                values = values.values(id, value.getKey().value(), value.getValue());
            }
            values.onConflict(ACCOUNT_CUSTOM_VALUE.ACCOUNT_ID, ACCOUNT_CUSTOM_VALUE.FIELD_ID)
                    .doUpdate().set(ACCOUNT_CUSTOM_VALUE.VALUE, excluded(ACCOUNT_CUSTOM_VALUE.VALUE)).execute();
        }
    }

    /** Links gone are deleted (their access rows with them), new ones inserted, changed ones updated row by row. */
    private static void writeLinks(DSLContext dsl, UUID id, List<ContactLink> stored, List<ContactLink> links, Instant at) {
        Map<ContactId, ContactLink> before = stored.stream().collect(Collectors.toMap(ContactLink::contactId, link -> link));
        Map<UUID, Integer> positions = dsl.select(ACCOUNT_CONTACT.CONTACT_ID, ACCOUNT_CONTACT.POSITION).from(ACCOUNT_CONTACT)
                .where(ACCOUNT_CONTACT.ACCOUNT_ID.eq(id)).fetchMap(ACCOUNT_CONTACT.CONTACT_ID, ACCOUNT_CONTACT.POSITION);
        Set<UUID> gone = before.keySet().stream().filter(contact -> links.stream().noneMatch(l -> l.contactId().equals(contact)))
                .map(ContactId::value).collect(Collectors.toSet());
        if (!gone.isEmpty()) {
            dsl.deleteFrom(ACCOUNT_CONTACT).where(ACCOUNT_CONTACT.ACCOUNT_ID.eq(id)).and(ACCOUNT_CONTACT.CONTACT_ID.in(gone)).execute();
        }
        for (int position = 0; position < links.size(); position++) {
            ContactLink link = links.get(position);
            ContactLink was = before.get(link.contactId());
            if (was == null) {
                insertLink(dsl, id, link, position, at);
                continue;
            }
            if (!link.description().equals(was.description()) || link.signerPriority() != was.signerPriority()
                    || link.signerAuthority() != was.signerAuthority() || positions.get(link.contactId().value()) != position) {
                dsl.update(ACCOUNT_CONTACT)
                        .set(ACCOUNT_CONTACT.POSITION, position)
                        .set(ACCOUNT_CONTACT.DESCRIPTION, link.description())
                        .set(ACCOUNT_CONTACT.SIGNER_PRIORITY, link.signerPriority())
                        .set(ACCOUNT_CONTACT.SIGNER_AUTHORITY, link.signerAuthority())
                        .where(ACCOUNT_CONTACT.ACCOUNT_ID.eq(id)).and(ACCOUNT_CONTACT.CONTACT_ID.eq(link.contactId().value()))
                        .execute();
            }
            link.access().stream().filter(access -> !access.equals(storedAccess(was, access)))
                    .forEach(access -> upsertAccess(dsl, id, link.contactId(), access, storedAccess(was, access).login(), at));
        }
    }

    /** The address's stored toggles; an address without a row has every toggle off. */
    private static EmailAccess storedAccess(ContactLink link, EmailAccess access) {
        return link.access().stream().filter(a -> a.email().lookupKey().equals(access.email().lookupKey())).findFirst()
                .map(a -> new EmailAccess(access.email(), a.login(), a.notifications(), a.emailSync()))
                .orElse(EmailAccess.none(access.email()));
    }

    private static void insertLink(DSLContext dsl, UUID id, ContactLink link, int position, Instant at) {
        dsl.insertInto(ACCOUNT_CONTACT)
                .set(ACCOUNT_CONTACT.ACCOUNT_ID, id)
                .set(ACCOUNT_CONTACT.CONTACT_ID, link.contactId().value())
                .set(ACCOUNT_CONTACT.POSITION, position)
                .set(ACCOUNT_CONTACT.DESCRIPTION, link.description())
                .set(ACCOUNT_CONTACT.SIGNER_PRIORITY, link.signerPriority())
                .set(ACCOUNT_CONTACT.SIGNER_AUTHORITY, link.signerAuthority())
                .execute();
        link.access().forEach(access -> upsertAccess(dsl, id, link.contactId(), access, false, at));
    }

    /** B3: LOGIN going on now is stamped {@code at}; LOGIN that stays on keeps its time; LOGIN off has none. */
    private static void upsertAccess(DSLContext dsl, UUID id, ContactId contact, EmailAccess access, boolean loginBefore, Instant at) {
        Field<Instant> since = access.login() && !loginBefore ? val(at, EMAIL_ACCESS.LOGIN_ON_AT)
                : access.login() ? EMAIL_ACCESS.LOGIN_ON_AT : val((Instant) null, EMAIL_ACCESS.LOGIN_ON_AT);
        dsl.insertInto(EMAIL_ACCESS)
                .set(EMAIL_ACCESS.ACCOUNT_ID, id)
                .set(EMAIL_ACCESS.CONTACT_ID, contact.value())
                // the key as contact_email computes it, so the database alone decides what "same address" means
                .set(EMAIL_ACCESS.EMAIL_KEY, lower(val(access.email().value())))
                .set(EMAIL_ACCESS.LOGIN, access.login())
                .set(EMAIL_ACCESS.NOTIFY, access.notifications())
                .set(EMAIL_ACCESS.EMAIL_SYNC, access.emailSync())
                .set(EMAIL_ACCESS.LOGIN_ON_AT, access.login() ? at : null)
                .onConflict(EMAIL_ACCESS.ACCOUNT_ID, EMAIL_ACCESS.CONTACT_ID, EMAIL_ACCESS.EMAIL_KEY)
                .doUpdate()
                .set(EMAIL_ACCESS.LOGIN, access.login())
                .set(EMAIL_ACCESS.NOTIFY, access.notifications())
                .set(EMAIL_ACCESS.EMAIL_SYNC, access.emailSync())
                .set(EMAIL_ACCESS.LOGIN_ON_AT, since)
                .execute();
    }

    /** A5, A7: the foreign keys admit only existing tags and fields of the account scope. */
    private static void refusingUnknownTags(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            var constraint = ForeignKeyViolation.of(e);
            if (constraint.filter("account_tag_tag_fkey"::equals).isPresent()) {
                throw new InvalidInputException("tags", "tag.not-found");
            }
            if (constraint.filter("account_custom_value_field_fkey"::equals).isPresent()) {
                throw new InvalidInputException("customFields", "custom-field.not-found");
            }
            throw e;
        }
    }
}
