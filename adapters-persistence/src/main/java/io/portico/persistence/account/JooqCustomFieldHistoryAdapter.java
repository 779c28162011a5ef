package io.portico.persistence.account;

import static io.portico.persistence.jooq.Tables.ACCOUNT_CUSTOM_VALUE_HISTORY;

import io.portico.application.account.port.CustomFieldChange;
import io.portico.application.account.port.out.CustomFieldHistoryPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.staff.StaffId;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** A7: the history of account custom field values, read per account and field from its index. */
@Repository
class JooqCustomFieldHistoryAdapter implements CustomFieldHistoryPort {

    private static final io.portico.persistence.jooq.tables.AccountCustomValueHistory H = ACCOUNT_CUSTOM_VALUE_HISTORY;

    private final DSLContext dsl;

    JooqCustomFieldHistoryAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(CustomFieldChange change) {
        dsl.insertInto(H)
                .set(H.ACCOUNT_ID, change.account().value())
                .set(H.FIELD_ID, change.field().value())
                .set(H.CHANGED_BY, change.by().value())
                .set(H.CHANGED_AT, change.at())
                .set(H.OLD_VALUE, change.oldValue())
                .set(H.NEW_VALUE, change.newValue())
                .execute();
    }

    @Override
    public List<CustomFieldChange> history(AccountId account, CustomFieldId field, int limit) {
        return dsl.select(H.CHANGED_BY, H.CHANGED_AT, H.OLD_VALUE, H.NEW_VALUE)
                .from(H)
                .where(H.ACCOUNT_ID.eq(account.value()))
                .and(H.FIELD_ID.eq(field.value()))
                .orderBy(H.CHANGED_AT.desc(), H.ID.desc())
                .limit(limit)
                .fetch(row -> new CustomFieldChange(account, field, new StaffId(row.value1()), row.value2(), row.value3(), row.value4()));
    }
}
