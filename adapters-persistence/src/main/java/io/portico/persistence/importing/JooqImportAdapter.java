package io.portico.persistence.importing;

import static io.portico.persistence.jooq.Tables.ACCESS_AUDIT;
import static io.portico.persistence.jooq.Tables.ACCOUNT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_CONTACT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_CUSTOM_VALUE;
import static io.portico.persistence.jooq.Tables.ACCOUNT_TAG;
import static io.portico.persistence.jooq.Tables.ACCOUNT_TEAM;
import static io.portico.persistence.jooq.Tables.CONTACT;
import static io.portico.persistence.jooq.Tables.CONTACT_CUSTOM_VALUE;
import static io.portico.persistence.jooq.Tables.CONTACT_EMAIL;
import static io.portico.persistence.jooq.Tables.CONTACT_TAG;
import static io.portico.persistence.jooq.Tables.EMAIL_ACCESS;
import static io.portico.persistence.jooq.Tables.IMPORT_ACCOUNT;
import static io.portico.persistence.jooq.Tables.IMPORT_CONTACT;
import static io.portico.persistence.jooq.Tables.IMPORT_UNDONE;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import io.portico.application.importing.port.out.ContactOwnersPort;
import io.portico.application.importing.port.out.UndoImportPort;
import io.portico.application.importing.port.out.WriteImportPort;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.ContactLink;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactId;
import io.portico.domain.contact.ContactName;
import io.portico.domain.job.JobId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.Language;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

/**
 * Issue 12 item 7: a chunk of an import written set-based — one multi-row INSERT per table for the whole
 * chunk, whatever its size — the search entries following by the tables' statement triggers (V19). Looking up
 * the owners of a chunk's addresses is one query; so are undo's check and each of its deletions.
 */
@Repository
class JooqImportAdapter implements ContactOwnersPort, WriteImportPort, UndoImportPort {

    private final DSLContext dsl;

    JooqImportAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Map<String, ContactOwner> owners(Collection<String> emailKeys, StaffId viewer) {
        var mine = CONTACT_EMAIL.as("mine");
        var emails = multiset(select(mine.EMAIL).from(mine).where(mine.CONTACT_ID.eq(CONTACT.ID)).orderBy(mine.POSITION))
                .convertFrom(rows -> rows.map(row -> new EmailAddress(row.value1())));
        var onTeam = notExists(selectOne().from(ACCOUNT_CONTACT).where(ACCOUNT_CONTACT.CONTACT_ID.eq(CONTACT.ID)))
                .or(exists(selectOne().from(ACCOUNT_CONTACT).join(ACCOUNT_TEAM).on(ACCOUNT_TEAM.ACCOUNT_ID.eq(ACCOUNT_CONTACT.ACCOUNT_ID))
                        .where(ACCOUNT_CONTACT.CONTACT_ID.eq(CONTACT.ID)).and(ACCOUNT_TEAM.STAFF_ID.eq(viewer.value()))));
        return dsl.select(CONTACT_EMAIL.EMAIL_KEY, CONTACT.ID, CONTACT.FIRST_NAME, CONTACT.LAST_NAME, emails, org.jooq.impl.DSL.field(onTeam))
                .from(CONTACT_EMAIL).join(CONTACT).on(CONTACT.ID.eq(CONTACT_EMAIL.CONTACT_ID))
                .where(CONTACT_EMAIL.EMAIL_KEY.in(emailKeys))
                .fetchMap(row -> row.value1(), row -> new ContactOwner(new ContactId(row.value2()), new ContactName(row.value3(), row.value4()),
                        row.value5(), row.value6()));
    }

    @Override
    public void write(JobId job, ImportBatch batch) {
        writeContacts(job, batch);
        writeAccounts(job, batch);
        insert(ACCESS_AUDIT, List.of(ACCESS_AUDIT.ACCOUNT_ID, ACCESS_AUDIT.CHANGED_BY, ACCESS_AUDIT.JOB_ID, ACCESS_AUDIT.CHANGED_AT,
                ACCESS_AUDIT.EVENT_TYPE, ACCESS_AUDIT.SUBJECT, ACCESS_AUDIT.OLD_VALUE, ACCESS_AUDIT.NEW_VALUE), batch.history().stream()
                .map(entry -> new Object[] {entry.account().value(), entry.by().staff().map(StaffId::value).orElse(null),
                        entry.by().job().orElse(null), entry.at(), entry.type().name(), entry.subject(), entry.oldValue(), entry.newValue()})
                .toList());
    }

    private void writeContacts(JobId job, ImportBatch batch) {
        List<Contact> contacts = batch.contacts();
        insert(CONTACT, List.of(CONTACT.ID, CONTACT.FIRST_NAME, CONTACT.LAST_NAME, CONTACT.PHONE, CONTACT.STREET, CONTACT.POSTAL_CODE,
                CONTACT.CITY, CONTACT.REGION, CONTACT.COUNTRY, CONTACT.LANGUAGE, CONTACT.VERSION, CONTACT.UPDATED_BY, CONTACT.UPDATED_AT,
                CONTACT.CREATED_AT), contacts.stream().map(c -> new Object[] {c.id().value(), c.name().first(), c.name().last(), c.phone(),
                c.address().street(), c.address().postalCode(), c.address().city(), c.address().region(), c.address().country(),
                c.language().map(Language::code).orElse(null), 0L, batch.by().value(), batch.at(), batch.at()}).toList());
        List<Object[]> emails = new ArrayList<>();
        List<Object[]> tags = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        for (Contact c : contacts) {
            for (int position = 0; position < c.emails().all().size(); position++) {
                emails.add(new Object[] {c.id().value(), c.emails().all().get(position).value(), position});
            }
            c.tags().forEach(tag -> tags.add(new Object[] {c.id().value(), tag.value()}));
            c.customValues().forEach((field, value) -> values.add(new Object[] {c.id().value(), field.value(), value}));
        }
        insert(CONTACT_EMAIL, List.of(CONTACT_EMAIL.CONTACT_ID, CONTACT_EMAIL.EMAIL, CONTACT_EMAIL.POSITION), emails);
        insert(CONTACT_TAG, List.of(CONTACT_TAG.CONTACT_ID, CONTACT_TAG.TAG_ID), tags);
        insert(CONTACT_CUSTOM_VALUE, List.of(CONTACT_CUSTOM_VALUE.CONTACT_ID, CONTACT_CUSTOM_VALUE.FIELD_ID, CONTACT_CUSTOM_VALUE.VALUE), values);
        insert(IMPORT_CONTACT, List.of(IMPORT_CONTACT.JOB_ID, IMPORT_CONTACT.CONTACT_ID),
                contacts.stream().map(c -> new Object[] {job.value(), c.id().value()}).toList());
    }

    private void writeAccounts(JobId job, ImportBatch batch) {
        List<Account> accounts = batch.accounts();
        insert(ACCOUNT, List.of(ACCOUNT.ID, ACCOUNT.TYPE, ACCOUNT.NAME, ACCOUNT.COMPANY_NAME, ACCOUNT.COMPANY_STREET, ACCOUNT.COMPANY_POSTAL_CODE,
                ACCOUNT.COMPANY_CITY, ACCOUNT.COMPANY_REGION, ACCOUNT.COMPANY_COUNTRY, ACCOUNT.VERSION, ACCOUNT.UPDATED_BY, ACCOUNT.UPDATED_AT,
                ACCOUNT.CREATED_AT), accounts.stream().map(a -> new Object[] {a.id().value(), a.type().name(), a.name().value(),
                a.companyName().map(Object::toString).orElse(null), a.companyAddress().street(), a.companyAddress().postalCode(),
                a.companyAddress().city(), a.companyAddress().region(), a.companyAddress().country(), 0L, batch.by().value(), batch.at(),
                batch.at()}).toList());
        List<Object[]> team = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        List<Object[]> access = new ArrayList<>();
        List<Object[]> tags = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        for (Account a : accounts) {
            UUID id = a.id().value();
            a.team().forEach(member -> team.add(new Object[] {id, member.value()}));
            for (int position = 0; position < a.links().size(); position++) {
                ContactLink link = a.links().get(position);
                links.add(new Object[] {id, link.contactId().value(), position, link.description(), link.signerPriority(), link.signerAuthority()});
                for (EmailAccess toggles : link.access()) {
                    access.add(new Object[] {id, link.contactId().value(), toggles.email().lookupKey(), toggles.login(), toggles.notifications(),
                            toggles.emailSync(), toggles.login() ? batch.at() : null});
                }
            }
            a.tags().forEach(tag -> tags.add(new Object[] {id, tag.value()}));
            a.customValues().forEach((field, value) -> values.add(new Object[] {id, field.value(), value}));
        }
        insert(ACCOUNT_TEAM, List.of(ACCOUNT_TEAM.ACCOUNT_ID, ACCOUNT_TEAM.STAFF_ID), team);
        insert(ACCOUNT_CONTACT, List.of(ACCOUNT_CONTACT.ACCOUNT_ID, ACCOUNT_CONTACT.CONTACT_ID, ACCOUNT_CONTACT.POSITION,
                ACCOUNT_CONTACT.DESCRIPTION, ACCOUNT_CONTACT.SIGNER_PRIORITY, ACCOUNT_CONTACT.SIGNER_AUTHORITY), links);
        insert(EMAIL_ACCESS, List.of(EMAIL_ACCESS.ACCOUNT_ID, EMAIL_ACCESS.CONTACT_ID, EMAIL_ACCESS.EMAIL_KEY, EMAIL_ACCESS.LOGIN,
                EMAIL_ACCESS.NOTIFY, EMAIL_ACCESS.EMAIL_SYNC, EMAIL_ACCESS.LOGIN_ON_AT), access);
        insert(ACCOUNT_TAG, List.of(ACCOUNT_TAG.ACCOUNT_ID, ACCOUNT_TAG.TAG_ID), tags);
        insert(ACCOUNT_CUSTOM_VALUE, List.of(ACCOUNT_CUSTOM_VALUE.ACCOUNT_ID, ACCOUNT_CUSTOM_VALUE.FIELD_ID, ACCOUNT_CUSTOM_VALUE.VALUE), values);
        insert(IMPORT_ACCOUNT, List.of(IMPORT_ACCOUNT.JOB_ID, IMPORT_ACCOUNT.ACCOUNT_ID),
                accounts.stream().map(a -> new Object[] {job.value(), a.id().value()}).toList());
    }

    /** All the rows in one statement. */
    private void insert(Table<?> table, List<? extends Field<?>> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(table, columns);
        for (Object[] row : rows) {
            insert = insert.values(row);
        }
        insert.execute();
    }

    @Override
    public Set<String> loginGiven(JobId job, Collection<String> emailKeys) {
        return new HashSet<>(dsl.selectDistinct(EMAIL_ACCESS.EMAIL_KEY).from(EMAIL_ACCESS)
                .join(IMPORT_ACCOUNT).on(IMPORT_ACCOUNT.ACCOUNT_ID.eq(EMAIL_ACCESS.ACCOUNT_ID)).and(IMPORT_ACCOUNT.JOB_ID.eq(job.value()))
                .where(EMAIL_ACCESS.LOGIN).and(EMAIL_ACCESS.EMAIL_KEY.in(emailKeys))
                .fetch(EMAIL_ACCESS.EMAIL_KEY));
    }

    @Override
    public int touched(JobId job) {
        return dsl.fetchCount(select(ACCOUNT.ID).from(IMPORT_ACCOUNT).join(ACCOUNT).on(ACCOUNT.ID.eq(IMPORT_ACCOUNT.ACCOUNT_ID))
                .where(IMPORT_ACCOUNT.JOB_ID.eq(job.value()))
                .and(ACCOUNT.VERSION.gt(0L).or(exists(selectOne().from(ACCESS_AUDIT).where(ACCESS_AUDIT.ACCOUNT_ID.eq(ACCOUNT.ID))
                        .and(ACCESS_AUDIT.JOB_ID.isDistinctFrom(job.value()))))));
    }

    @Override
    public boolean undone(JobId job) {
        return dsl.fetchExists(IMPORT_UNDONE, IMPORT_UNDONE.JOB_ID.eq(job.value()));
    }

    @Override
    public Removed remove(JobId job, Instant at) {
        int accounts = dsl.deleteFrom(ACCOUNT).where(ACCOUNT.ID.in(select(IMPORT_ACCOUNT.ACCOUNT_ID).from(IMPORT_ACCOUNT)
                .where(IMPORT_ACCOUNT.JOB_ID.eq(job.value())))).execute();
        int contacts = dsl.deleteFrom(CONTACT).where(CONTACT.ID.in(select(IMPORT_CONTACT.CONTACT_ID).from(IMPORT_CONTACT)
                        .where(IMPORT_CONTACT.JOB_ID.eq(job.value()))))
                .andNotExists(selectOne().from(ACCOUNT_CONTACT).where(ACCOUNT_CONTACT.CONTACT_ID.eq(CONTACT.ID))).execute();
        dsl.insertInto(IMPORT_UNDONE).set(IMPORT_UNDONE.JOB_ID, job.value()).set(IMPORT_UNDONE.UNDONE_AT, at).execute();
        return new Removed(accounts, contacts);
    }
}
