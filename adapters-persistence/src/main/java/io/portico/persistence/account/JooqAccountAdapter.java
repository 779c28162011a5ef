package io.portico.persistence.account;

import static io.portico.persistence.jooq.Tables.ACCOUNT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_CONTACT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_CUSTOM_VALUE;
import static io.portico.persistence.jooq.Tables.ACCOUNT_TAG;
import static io.portico.persistence.jooq.Tables.ACCOUNT_TEAM;
import static io.portico.persistence.jooq.Tables.CONTACT_EMAIL;
import static io.portico.persistence.jooq.Tables.EMAIL_ACCESS;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import io.portico.application.account.port.out.AccountPort;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.ContactLink;
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
import org.jooq.Records;
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
            insertTeamAndLinks(tx.dsl(), account, Map.of(), at);
            insertDetails(tx.dsl(), account);
        }));
    }

    /** One statement, so the account, its team and its links are read from one snapshot. */
    @Override
    public Optional<Account> find(AccountId id) {
        return dsl.select(ACCOUNT.fields()).select(TEAM, LINKS, TAGS, CUSTOM_VALUES)
                .from(ACCOUNT)
                .where(ACCOUNT.ID.eq(id.value()))
                .fetchOptional(row -> AccountMapper.toAccount(row.into(ACCOUNT), row.get(TEAM), row.get(LINKS))
                        .withDetails(row.get(TAGS), row.get(CUSTOM_VALUES)));
    }

    /**
     * The version check and the row's update are one statement: a concurrent save of the same version
     * waits for this one and then finds the version changed. Team, links and access are then replaced.
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
            Map<List<Object>, Instant> loginSince = loginOnAt(tx.dsl(), id);
            tx.dsl().deleteFrom(ACCOUNT_TEAM).where(ACCOUNT_TEAM.ACCOUNT_ID.eq(id)).execute();
            tx.dsl().deleteFrom(ACCOUNT_CONTACT).where(ACCOUNT_CONTACT.ACCOUNT_ID.eq(id)).execute(); // and its access rows
            tx.dsl().deleteFrom(ACCOUNT_TAG).where(ACCOUNT_TAG.ACCOUNT_ID.eq(id)).execute();
            tx.dsl().deleteFrom(ACCOUNT_CUSTOM_VALUE).where(ACCOUNT_CUSTOM_VALUE.ACCOUNT_ID.eq(id)).execute();
            insertTeamAndLinks(tx.dsl(), account, loginSince, at);
            insertDetails(tx.dsl(), account);
        }));
    }

    /** B3: since when each address has had LOGIN on, by contact and address key; kept across the rewrite of the rows. */
    private static Map<List<Object>, Instant> loginOnAt(DSLContext dsl, UUID account) {
        return dsl.select(EMAIL_ACCESS.CONTACT_ID, EMAIL_ACCESS.EMAIL_KEY, EMAIL_ACCESS.LOGIN_ON_AT).from(EMAIL_ACCESS)
                .where(EMAIL_ACCESS.ACCOUNT_ID.eq(account)).and(EMAIL_ACCESS.LOGIN)
                .fetchMap(row -> List.of(row.value1(), row.value2()), row -> row.value3());
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

    private static void insertDetails(DSLContext dsl, Account account) {
        UUID id = account.id().value();
        if (!account.tags().isEmpty()) {
            var tags = dsl.insertInto(ACCOUNT_TAG, ACCOUNT_TAG.ACCOUNT_ID, ACCOUNT_TAG.TAG_ID);
            for (TagId tag : account.tags()) {
                tags = tags.values(id, tag.value());
            }
            tags.execute();
        }
        if (!account.customValues().isEmpty()) {
            var values = dsl.insertInto(ACCOUNT_CUSTOM_VALUE, ACCOUNT_CUSTOM_VALUE.ACCOUNT_ID, ACCOUNT_CUSTOM_VALUE.FIELD_ID,
                    ACCOUNT_CUSTOM_VALUE.VALUE);
            for (var value : account.customValues().entrySet()) {
                values = values.values(id, value.getKey().value(), value.getValue());
            }
            values.execute();
        }
    }

    /**
     * @param loginSince when LOGIN went on for the addresses that had it before this save (B3); an address
     *                   turning it on now gets {@code at}, one turning it off gets nothing
     */
    private static void insertTeamAndLinks(DSLContext dsl, Account account, Map<List<Object>, Instant> loginSince, Instant at) {
        UUID id = account.id().value();
        if (!account.team().isEmpty()) {
            var team = dsl.insertInto(ACCOUNT_TEAM, ACCOUNT_TEAM.ACCOUNT_ID, ACCOUNT_TEAM.STAFF_ID);
            for (StaffId member : account.team()) {
                team = team.values(id, member.value());
            }
            team.execute();
        }
        var links = dsl.insertInto(ACCOUNT_CONTACT, ACCOUNT_CONTACT.ACCOUNT_ID, ACCOUNT_CONTACT.CONTACT_ID,
                ACCOUNT_CONTACT.POSITION, ACCOUNT_CONTACT.DESCRIPTION, ACCOUNT_CONTACT.SIGNER_PRIORITY,
                ACCOUNT_CONTACT.SIGNER_AUTHORITY);
        for (int position = 0; position < account.links().size(); position++) {
            ContactLink link = account.links().get(position);
            links = links.values(id, link.contactId().value(), position, link.description(), link.signerPriority(),
                    link.signerAuthority());
        }
        links.execute();
        List<ContactLink> withAccess = account.links().stream().filter(link -> !link.access().isEmpty()).toList();
        if (withAccess.isEmpty()) {
            return;
        }
        var access = dsl.insertInto(EMAIL_ACCESS, EMAIL_ACCESS.ACCOUNT_ID, EMAIL_ACCESS.CONTACT_ID, EMAIL_ACCESS.EMAIL_KEY,
                EMAIL_ACCESS.LOGIN, EMAIL_ACCESS.NOTIFY, EMAIL_ACCESS.EMAIL_SYNC, EMAIL_ACCESS.LOGIN_ON_AT);
        for (ContactLink link : withAccess) {
            for (EmailAccess address : link.access()) {
                // the key as contact_email computes it, so the database alone decides what "same address" means
                access = access.values(val(id), val(link.contactId().value()), lower(address.email().value()),
                        val(address.login()), val(address.notifications()), val(address.emailSync()),
                        val(address.login() ? loginSince.getOrDefault(List.of(link.contactId().value(), address.email().lookupKey()), at)
                                : null, EMAIL_ACCESS.LOGIN_ON_AT));
            }
        }
        access.execute();
    }
}
