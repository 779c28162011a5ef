package io.portico.persistence.contact;

import static io.portico.persistence.jooq.Tables.CONTACT;
import static io.portico.persistence.jooq.Tables.CONTACT_CUSTOM_VALUE;
import static io.portico.persistence.jooq.Tables.CONTACT_EMAIL;
import static io.portico.persistence.jooq.Tables.CONTACT_TAG;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import io.portico.application.contact.port.out.ContactPort;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactId;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.tag.TagId;
import io.portico.persistence.shared.ForeignKeyViolation;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import io.portico.persistence.shared.LastSave;
import io.portico.persistence.shared.UniqueViolation;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/**
 * A contact is its row plus its addresses. Each write is one transaction of its own (a savepoint inside
 * the caller's), so a refused address never leaves half a contact.
 */
@Repository
class JooqContactAdapter implements ContactPort {

    /** The unique index on the lower-cased address across all contacts (see V2). */
    private static final String EMAIL_KEY = "contact_email_key";

    private static final Field<List<String>> EMAILS = multiset(
            select(CONTACT_EMAIL.EMAIL).from(CONTACT_EMAIL).where(CONTACT_EMAIL.CONTACT_ID.eq(CONTACT.ID)).orderBy(CONTACT_EMAIL.POSITION))
            .convertFrom(rows -> rows.map(row -> row.value1()));

    /** A5: the contact's tags. */
    private static final Field<Set<TagId>> TAGS = multiset(
            select(CONTACT_TAG.TAG_ID).from(CONTACT_TAG).where(CONTACT_TAG.CONTACT_ID.eq(CONTACT.ID)))
            .convertFrom(rows -> rows.stream().map(row -> new TagId(row.value1())).collect(Collectors.toUnmodifiableSet()));

    /** A7: the contact's custom field values. */
    private static final Field<Map<CustomFieldId, String>> CUSTOM_VALUES = multiset(
            select(CONTACT_CUSTOM_VALUE.FIELD_ID, CONTACT_CUSTOM_VALUE.VALUE).from(CONTACT_CUSTOM_VALUE)
                    .where(CONTACT_CUSTOM_VALUE.CONTACT_ID.eq(CONTACT.ID)))
            .convertFrom(rows -> rows.stream().collect(Collectors.toUnmodifiableMap(row -> new CustomFieldId(row.value1()), row -> row.value2())));

    private final DSLContext dsl;

    JooqContactAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Contact contact, StaffId by, Instant at) {
        refusingUnknownTags(() -> dsl.transaction(tx -> {
            tx.dsl().insertInto(CONTACT)
                    .set(ContactMapper.details(contact))
                    .set(CONTACT.ID, contact.id().value())
                    .set(CONTACT.VERSION, 0L)
                    .set(CONTACT.UPDATED_BY, by.value())
                    .set(CONTACT.UPDATED_AT, at)
                    .set(CONTACT.CREATED_AT, at)
                    .execute();
            saveEmails(tx.dsl(), contact);
            insertDetails(tx.dsl(), contact);
        }));
    }

    @Override
    public Optional<Contact> find(ContactId id) {
        return contactsWhere(CONTACT.ID.eq(id.value())).stream().findFirst();
    }

    /** In the order of {@code ids}; ids of no contact are left out. */
    @Override
    public List<Contact> findAll(Collection<ContactId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<ContactId, Contact> found = contactsWhere(CONTACT.ID.in(ids.stream().map(ContactId::value).toList())).stream()
                .collect(Collectors.toMap(Contact::id, Function.identity()));
        return ids.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
    }

    @Override
    public Optional<Contact> findByEmail(EmailAddress email) {
        // lower() on both sides, as in the index
        return contactsWhere(CONTACT.ID.eq(select(CONTACT_EMAIL.CONTACT_ID).from(CONTACT_EMAIL)
                .where(CONTACT_EMAIL.EMAIL_KEY.eq(lower(email.value())))))
                .stream().findFirst();
    }

    /**
     * Optimistic like accounts. Addresses are matched by key, not replaced, so the access toggles of
     * an address that stays (even with other capitals or at another position) stay too.
     */
    @Override
    public void update(Contact contact, StaffId by, Instant at) {
        UUID id = contact.id().value();
        refusingUnknownTags(() -> dsl.transaction(tx -> {
            int updated = tx.dsl().update(CONTACT)
                    .set(ContactMapper.details(contact))
                    .set(CONTACT.VERSION, CONTACT.VERSION.plus(1))
                    .set(CONTACT.UPDATED_BY, by.value())
                    .set(CONTACT.UPDATED_AT, at)
                    .where(CONTACT.ID.eq(id))
                    .and(CONTACT.VERSION.eq(contact.version()))
                    .execute();
            if (updated == 0) {
                throw LastSave.refusal(tx.dsl(), CONTACT.ID, id, CONTACT.UPDATED_BY, CONTACT.UPDATED_AT);
            }
            // a removed address takes its access toggles on every account with it (cascade)
            tx.dsl().deleteFrom(CONTACT_EMAIL)
                    .where(CONTACT_EMAIL.CONTACT_ID.eq(id))
                    .and(CONTACT_EMAIL.EMAIL_KEY.notIn(contact.emails().all().stream().map(email -> lower(email.value())).toList()))
                    .execute();
            saveEmails(tx.dsl(), contact);
            tx.dsl().deleteFrom(CONTACT_TAG).where(CONTACT_TAG.CONTACT_ID.eq(id)).execute();
            tx.dsl().deleteFrom(CONTACT_CUSTOM_VALUE).where(CONTACT_CUSTOM_VALUE.CONTACT_ID.eq(id)).execute();
            insertDetails(tx.dsl(), contact);
        }));
    }

    /** A5, A7: the foreign keys admit only existing tags and fields of the contact scope. */
    private static void refusingUnknownTags(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            var constraint = ForeignKeyViolation.of(e);
            if (constraint.filter("contact_tag_tag_fkey"::equals).isPresent()) {
                throw new InvalidInputException("tags", "tag.not-found");
            }
            if (constraint.filter("contact_custom_value_field_fkey"::equals).isPresent()) {
                throw new InvalidInputException("customFields", "custom-field.not-found");
            }
            throw e;
        }
    }

    private static void insertDetails(DSLContext dsl, Contact contact) {
        UUID id = contact.id().value();
        if (!contact.tags().isEmpty()) {
            var tags = dsl.insertInto(CONTACT_TAG, CONTACT_TAG.CONTACT_ID, CONTACT_TAG.TAG_ID);
            for (TagId tag : contact.tags()) {
                tags = tags.values(id, tag.value());
            }
            tags.execute();
        }
        if (!contact.customValues().isEmpty()) {
            var values = dsl.insertInto(CONTACT_CUSTOM_VALUE, CONTACT_CUSTOM_VALUE.CONTACT_ID, CONTACT_CUSTOM_VALUE.FIELD_ID,
                    CONTACT_CUSTOM_VALUE.VALUE);
            for (var value : contact.customValues().entrySet()) {
                values = values.values(id, value.getKey().value(), value.getValue());
            }
            values.execute();
        }
    }

    private List<Contact> contactsWhere(Condition condition) {
        return dsl.select(CONTACT.fields()).select(EMAILS, TAGS, CUSTOM_VALUES)
                .from(CONTACT)
                .where(condition)
                .fetch(row -> ContactMapper.toContact(row.into(CONTACT), row.get(EMAILS)).withDetails(row.get(TAGS), row.get(CUSTOM_VALUES)));
    }

    /**
     * One statement per address, so a taken one is named. The unique index decides, not a look-up
     * first: two contacts saved at once with one address cannot both pass.
     */
    private static void saveEmails(DSLContext dsl, Contact contact) {
        List<EmailAddress> emails = contact.emails().all();
        for (int position = 0; position < emails.size(); position++) {
            EmailAddress email = emails.get(position);
            try {
                dsl.insertInto(CONTACT_EMAIL)
                        .set(CONTACT_EMAIL.CONTACT_ID, contact.id().value())
                        .set(CONTACT_EMAIL.EMAIL, email.value())
                        .set(CONTACT_EMAIL.POSITION, position)
                        .onConflict(CONTACT_EMAIL.CONTACT_ID, CONTACT_EMAIL.EMAIL_KEY)
                        .doUpdate()
                        .set(CONTACT_EMAIL.EMAIL, email.value())
                        .set(CONTACT_EMAIL.POSITION, position)
                        .execute();
            } catch (RuntimeException e) {
                if (UniqueViolation.of(e).filter(EMAIL_KEY::equals).isPresent()) {
                    throw new InvalidInputException("emails", "email.taken", email.value());
                }
                throw e;
            }
        }
    }
}
