package io.portico.persistence.customfield;

import static io.portico.persistence.jooq.Tables.CUSTOM_FIELD;

import io.portico.application.customfield.port.out.CustomFieldPort;
import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.customfield.CustomFieldType;
import io.portico.domain.shared.InvalidInputException;
import io.portico.persistence.shared.UniqueViolation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

/** The firm's custom fields, listed in the order they were added; names unique per scope by index. */
@Repository
class JooqCustomFieldAdapter implements CustomFieldPort {

    /** The unique index on a scope's names (see V4). */
    private static final String NAME_KEY = "custom_field_name_key";

    private final DSLContext dsl;

    JooqCustomFieldAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(CustomField field) {
        write(field, () -> dsl.transaction(tx -> tx.dsl().insertInto(CUSTOM_FIELD)
                .set(CUSTOM_FIELD.ID, field.id().value())
                .set(CUSTOM_FIELD.SCOPE, field.scope().name())
                .set(CUSTOM_FIELD.NAME, field.name())
                .set(CUSTOM_FIELD.TYPE, field.type().name())
                .set(CUSTOM_FIELD.OPTIONS, field.options().toArray(String[]::new))
                .execute()));
    }

    /** Name and options only: the type of a field never changes. */
    @Override
    public void update(CustomField field) {
        write(field, () -> dsl.transaction(tx -> {
            int updated = tx.dsl().update(CUSTOM_FIELD)
                    .set(CUSTOM_FIELD.NAME, field.name())
                    .set(CUSTOM_FIELD.OPTIONS, field.options().toArray(String[]::new))
                    .where(CUSTOM_FIELD.ID.eq(field.id().value()))
                    .execute();
            if (updated == 0) {
                throw new InvalidInputException("customField", "custom-field.not-found");
            }
        }));
    }

    @Override
    public void delete(CustomFieldId id) {
        dsl.deleteFrom(CUSTOM_FIELD).where(CUSTOM_FIELD.ID.eq(id.value())).execute(); // with values and history (cascade)
    }

    @Override
    public Optional<CustomField> find(CustomFieldId id) {
        return where(CUSTOM_FIELD.ID.eq(id.value())).stream().findFirst();
    }

    @Override
    public List<CustomField> all(CustomFieldScope scope) {
        return where(CUSTOM_FIELD.SCOPE.eq(scope.name()));
    }

    private List<CustomField> where(Condition condition) {
        return dsl.select(CUSTOM_FIELD.ID, CUSTOM_FIELD.SCOPE, CUSTOM_FIELD.NAME, CUSTOM_FIELD.TYPE, CUSTOM_FIELD.OPTIONS)
                .from(CUSTOM_FIELD)
                .where(condition)
                .orderBy(CUSTOM_FIELD.SEQ)
                .fetch(Records.mapping(JooqCustomFieldAdapter::toField));
    }

    private static CustomField toField(UUID id, String scope, String name, String type, String[] options) {
        return new CustomField(new CustomFieldId(id), CustomFieldScope.valueOf(scope), name, CustomFieldType.valueOf(type), List.of(options));
    }

    private static void write(CustomField field, Runnable statement) {
        try {
            statement.run();
        } catch (RuntimeException e) {
            if (UniqueViolation.of(e).filter(NAME_KEY::equals).isPresent()) {
                throw new InvalidInputException("customFieldName", "custom-field.name-taken", field.name());
            }
            throw e;
        }
    }
}
