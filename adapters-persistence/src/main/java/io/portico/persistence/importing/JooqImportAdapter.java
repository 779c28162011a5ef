package io.portico.persistence.importing;

import static io.portico.persistence.jooq.Tables.ACCESS_AUDIT;
import static io.portico.persistence.jooq.Tables.ACCOUNT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_CONTACT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_CUSTOM_VALUE;
import static io.portico.persistence.jooq.Tables.ACCOUNT_CUSTOM_VALUE_HISTORY;
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
import static org.jooq.impl.DSL.any;
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
 * Issue 12 item 7: a chunk of an import written set-based — one INSERT per table for the whole chunk, whatever
 * its size ({@link Unnest}) — the search entries following by the tables' statement triggers (V19). Looking up
 * the owners of a chunk's addresses is one query; so are undo's check and each of its deletions.
 */
@Repository
class JooqImportAdapter implements ContactOwnersPort, WriteImportPort, UndoImportPort {

    private final DSLContext dsl;

    JooqImportAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The keys as one array parameter, not one parameter each: a chunk has hundreds. */
    @Override
    public Map<String, ContactOwner> owners(Collection<String> emailKeys, StaffId viewer) {
        var mine = CONTACT_EMAIL.as("mine");
        var emails = multiset(select(mine.EMAIL).from(mine).where(mine.CONTACT_ID.eq(CONTACT.ID)).orderBy(mine.POSITION))
                .convertFrom(rows -> rows.map(row -> new EmailAddress(row.value1())));
        var onTeam = notExists(selectOne().from(ACCOUNT_CONTACT).where(ACCOUNT_CONTACT.CONTACT_ID.eq(CONTACT.ID)))
                .or(exists(selectOne().from(ACCOUNT_CONTACT).join(ACCOUNT_TEAM).on(ACCOUNT_TEAM.ACCOUNT_ID.eq(ACCOUNT_CONTACT.ACCOUNT_ID))
                        .where(ACCOUNT_CONTACT.CONTACT_ID.eq(CONTACT.ID)).and(ACCOUNT_TEAM.STAFF_ID.eq(viewer.value()))));
        var ofArchived = exists(selectOne().from(ACCOUNT_CONTACT).join(ACCOUNT).on(ACCOUNT.ID.eq(ACCOUNT_CONTACT.ACCOUNT_ID))
                .where(ACCOUNT_CONTACT.CONTACT_ID.eq(CONTACT.ID)).and(ACCOUNT.ARCHIVED_AT.isNotNull()));
        return dsl.select(CONTACT_EMAIL.EMAIL_KEY, CONTACT.ID, CONTACT.FIRST_NAME, CONTACT.LAST_NAME, emails, org.jooq.impl.DSL.field(onTeam),
                        org.jooq.impl.DSL.field(ofArchived))
                .from(CONTACT_EMAIL).join(CONTACT).on(CONTACT.ID.eq(CONTACT_EMAIL.CONTACT_ID))
                .where(CONTACT_EMAIL.EMAIL_KEY.eq(any(emailKeys.toArray(String[]::new))))
                .fetchMap(row -> row.value1(), row -> new ContactOwner(new ContactId(row.value2()), new ContactName(row.value3(), row.value4()),
                        row.value5(), row.value6(), row.value7()));
    }

    /** A child row of the batch: its owner's id and its values, in the order of the table's columns. */
    private record Child(UUID owner, Object... values) {
    }

    @Override
    public void write(JobId job, ImportBatch batch) {
        writeContacts(job, batch);
        writeAccounts(job, batch);
        Unnest.into("access_audit", batch.history())
                .column("account_id", "uuid", entry -> entry.account().value())
                .column("changed_by", "uuid", entry -> entry.by().staff().map(StaffId::value).orElse(null))
                .column("job_id", "uuid", entry -> entry.by().job().orElse(null))
                .column("changed_at", "timestamptz", HistoryEntry::at)
                .column("event_type", "text", entry -> entry.type().name())
                .column("subject", "text", HistoryEntry::subject)
                .column("old_value", "text", HistoryEntry::oldValue)
                .column("new_value", "text", HistoryEntry::newValue)
                .execute(dsl);
    }

    private void writeContacts(JobId job, ImportBatch batch) {
        List<Contact> contacts = batch.contacts();
        Unnest.into("contact", contacts)
                .column("id", "uuid", c -> c.id().value())
                .column("first_name", "text", c -> c.name().first())
                .column("last_name", "text", c -> c.name().last())
                .column("phone", "text", Contact::phone)
                .column("street", "text", c -> c.address().street())
                .column("postal_code", "text", c -> c.address().postalCode())
                .column("city", "text", c -> c.address().city())
                .column("region", "text", c -> c.address().region())
                .column("country", "text", c -> c.address().country())
                .column("language", "text", c -> c.language().map(Language::code).orElse(null))
                .constant("version", "bigint", 0L)
                .constant("updated_by", "uuid", batch.by().value())
                .constant("updated_at", "timestamptz", batch.at())
                .constant("created_at", "timestamptz", batch.at())
                .execute(dsl);
        List<Child> emails = new ArrayList<>();
        List<Child> tags = new ArrayList<>();
        List<Child> values = new ArrayList<>();
        for (Contact c : contacts) {
            UUID id = c.id().value();
            for (int position = 0; position < c.emails().all().size(); position++) {
                emails.add(new Child(id, c.emails().all().get(position).value(), position));
            }
            c.tags().forEach(tag -> tags.add(new Child(id, tag.value())));
            c.customValues().forEach((field, value) -> values.add(new Child(id, field.value(), value)));
        }
        Unnest.into("contact_email", emails).column("contact_id", "uuid", Child::owner).column("email", "text", e -> e.values()[0])
                .column("position", "integer", e -> e.values()[1]).execute(dsl);
        Unnest.into("contact_tag", tags).column("contact_id", "uuid", Child::owner).column("tag_id", "uuid", t -> t.values()[0]).execute(dsl);
        Unnest.into("contact_custom_value", values).column("contact_id", "uuid", Child::owner).column("field_id", "uuid", v -> v.values()[0])
                .column("value", "text", v -> v.values()[1]).execute(dsl);
        Unnest.into("import_contact", contacts).constant("job_id", "uuid", job.value()).column("contact_id", "uuid", c -> c.id().value())
                .execute(dsl);
    }

    private void writeAccounts(JobId job, ImportBatch batch) {
        List<Account> accounts = batch.accounts();
        Unnest.into("account", accounts)
                .column("id", "uuid", a -> a.id().value())
                .column("type", "text", a -> a.type().name())
                .column("name", "text", a -> a.name().value())
                .column("company_name", "text", a -> a.companyName().map(Object::toString).orElse(null))
                .column("company_street", "text", a -> a.companyAddress().street())
                .column("company_postal_code", "text", a -> a.companyAddress().postalCode())
                .column("company_city", "text", a -> a.companyAddress().city())
                .column("company_region", "text", a -> a.companyAddress().region())
                .column("company_country", "text", a -> a.companyAddress().country())
                .constant("version", "bigint", 0L)
                .constant("updated_by", "uuid", batch.by().value())
                .constant("updated_at", "timestamptz", batch.at())
                .constant("created_at", "timestamptz", batch.at())
                .execute(dsl);
        List<Child> team = new ArrayList<>();
        List<Child> links = new ArrayList<>();
        List<Child> access = new ArrayList<>();
        List<Child> tags = new ArrayList<>();
        List<Child> values = new ArrayList<>();
        for (Account a : accounts) {
            UUID id = a.id().value();
            a.team().forEach(member -> team.add(new Child(id, member.value())));
            for (int position = 0; position < a.links().size(); position++) {
                ContactLink link = a.links().get(position);
                links.add(new Child(id, link.contactId().value(), position, link.description(), link.signerPriority(), link.signerAuthority()));
                for (EmailAccess toggles : link.access()) {
                    access.add(new Child(id, link.contactId().value(), toggles.email().lookupKey(), toggles.login(), toggles.notifications(),
                            toggles.emailSync()));
                }
            }
            a.tags().forEach(tag -> tags.add(new Child(id, tag.value())));
            a.customValues().forEach((field, value) -> values.add(new Child(id, field.value(), value)));
        }
        Unnest.into("account_team", team).column("account_id", "uuid", Child::owner).column("staff_id", "uuid", t -> t.values()[0]).execute(dsl);
        Unnest.into("account_contact", links).column("account_id", "uuid", Child::owner).column("contact_id", "uuid", l -> l.values()[0])
                .column("position", "integer", l -> l.values()[1]).column("description", "text", l -> l.values()[2])
                .column("signer_priority", "integer", l -> l.values()[3]).column("signer_authority", "boolean", l -> l.values()[4])
                .execute(dsl);
        // B3: LOGIN going on now is stamped with the batch's time
        Unnest.into("email_access", access).column("account_id", "uuid", Child::owner).column("contact_id", "uuid", e -> e.values()[0])
                .column("email_key", "text", e -> e.values()[1]).column("login", "boolean", e -> e.values()[2])
                .column("notify", "boolean", e -> e.values()[3]).column("email_sync", "boolean", e -> e.values()[4])
                .column("login_on_at", "timestamptz", e -> (Boolean) e.values()[2] ? batch.at() : null)
                .execute(dsl);
        Unnest.into("account_tag", tags).column("account_id", "uuid", Child::owner).column("tag_id", "uuid", t -> t.values()[0]).execute(dsl);
        Unnest.into("account_custom_value", values).column("account_id", "uuid", Child::owner).column("field_id", "uuid", v -> v.values()[0])
                .column("value", "text", v -> v.values()[1]).execute(dsl);
        Unnest.into("import_account", accounts).constant("job_id", "uuid", job.value()).column("account_id", "uuid", a -> a.id().value())
                .execute(dsl);
    }

    @Override
    public Set<String> loginGiven(JobId job, Collection<String> emailKeys) {
        return new HashSet<>(dsl.selectDistinct(EMAIL_ACCESS.EMAIL_KEY).from(EMAIL_ACCESS)
                .join(IMPORT_ACCOUNT).on(IMPORT_ACCOUNT.ACCOUNT_ID.eq(EMAIL_ACCESS.ACCOUNT_ID)).and(IMPORT_ACCOUNT.JOB_ID.eq(job.value()))
                .where(EMAIL_ACCESS.LOGIN).and(EMAIL_ACCESS.EMAIL_KEY.eq(any(emailKeys.toArray(String[]::new))))
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
        // an undone import leaves no history behind (history no longer goes with its account: issue 14, item 2)
        var imported = select(IMPORT_ACCOUNT.ACCOUNT_ID).from(IMPORT_ACCOUNT).where(IMPORT_ACCOUNT.JOB_ID.eq(job.value()));
        dsl.deleteFrom(ACCESS_AUDIT).where(ACCESS_AUDIT.ACCOUNT_ID.in(imported)).execute();
        dsl.deleteFrom(ACCOUNT_CUSTOM_VALUE_HISTORY).where(ACCOUNT_CUSTOM_VALUE_HISTORY.ACCOUNT_ID.in(imported)).execute();
        int accounts = dsl.deleteFrom(ACCOUNT).where(ACCOUNT.ID.in(select(IMPORT_ACCOUNT.ACCOUNT_ID).from(IMPORT_ACCOUNT)
                .where(IMPORT_ACCOUNT.JOB_ID.eq(job.value())))).execute();
        int contacts = dsl.deleteFrom(CONTACT).where(CONTACT.ID.in(select(IMPORT_CONTACT.CONTACT_ID).from(IMPORT_CONTACT)
                        .where(IMPORT_CONTACT.JOB_ID.eq(job.value()))))
                .andNotExists(selectOne().from(ACCOUNT_CONTACT).where(ACCOUNT_CONTACT.CONTACT_ID.eq(CONTACT.ID))).execute();
        dsl.insertInto(IMPORT_UNDONE).set(IMPORT_UNDONE.JOB_ID, job.value()).set(IMPORT_UNDONE.UNDONE_AT, at).execute();
        return new Removed(accounts, contacts);
    }
}
