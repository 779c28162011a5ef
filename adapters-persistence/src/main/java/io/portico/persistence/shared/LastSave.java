package io.portico.persistence.shared;

import static io.portico.persistence.jooq.Tables.STAFF;

import io.portico.domain.shared.StaleRecordException;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;

/**
 * What a refused optimistic save reports: who saved the row last ("First Last") and when. Aggregates
 * keep {@code updated_by} and {@code updated_at} on their row for this.
 */
public final class LastSave {

    private LastSave() {
    }

    /**
     * @param id the row's id column and {@code value} its value
     * @throws IllegalStateException if there is no such row: only rows that were loaded are saved
     */
    public static <R extends Record> StaleRecordException refusal(DSLContext dsl, TableField<R, UUID> id, UUID value,
                                                                          TableField<R, UUID> updatedBy, TableField<R, Instant> updatedAt) {
        return dsl.select(STAFF.FIRST_NAME, STAFF.LAST_NAME, updatedAt)
                .from(id.getTable())
                .join(STAFF).on(STAFF.ID.eq(updatedBy))
                .where(id.eq(value))
                .fetchOptional(row -> new StaleRecordException(row.value1() + " " + row.value2(), row.value3()))
                .orElseThrow(() -> new IllegalStateException("no " + id.getTable().getName() + " " + value));
    }
}
