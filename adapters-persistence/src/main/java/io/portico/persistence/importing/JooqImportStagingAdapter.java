package io.portico.persistence.importing;

import static io.portico.persistence.jooq.Tables.IMPORT_FILE;
import static io.portico.persistence.jooq.Tables.IMPORT_MAPPING;
import static io.portico.persistence.jooq.Tables.IMPORT_ROW;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;

import io.portico.application.importing.port.out.ImportMappingPort;
import io.portico.application.importing.port.out.ImportStagingPort;
import io.portico.application.shared.port.out.CsvPort.CsvRow;
import io.portico.domain.importing.ImportId;
import io.portico.domain.staff.StaffId;
import io.portico.persistence.jooq.tables.ImportRow;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Issue 12 items 5–7: staged files, a batch of rows per statement, and the mappings staff used last. */
@Repository
class JooqImportStagingAdapter implements ImportStagingPort, ImportMappingPort {

    private static final ImportRow EARLIER = IMPORT_ROW.as("earlier");

    private final DSLContext dsl;

    JooqImportStagingAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void create(ImportId id, StaffId by, List<String> header, Instant at) {
        dsl.insertInto(IMPORT_FILE)
                .set(IMPORT_FILE.ID, id.value())
                .set(IMPORT_FILE.STAFF_ID, by.value())
                .set(IMPORT_FILE.HEADER, header.toArray(String[]::new))
                .set(IMPORT_FILE.CREATED_AT, at)
                .execute();
    }

    @Override
    public void addRows(ImportId id, List<CsvRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(IMPORT_ROW, IMPORT_ROW.IMPORT_ID, IMPORT_ROW.ROW_NO, IMPORT_ROW.ROW_VALUES, IMPORT_ROW.ROW_HASH);
        for (CsvRow row : rows) {
            insert = insert.values(id.value(), row.number(), row.values().toArray(String[]::new), digest(row.values()));
        }
        insert.execute();
    }

    /** The values' digest; a value's length goes before it, so ["a,b"] and ["a", "b"] differ. */
    private static UUID digest(List<String> values) {
        var text = new StringBuilder();
        values.forEach(value -> text.append(value.length()).append(':').append(value));
        return UUID.nameUUIDFromBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Optional<StagedFile> find(ImportId id) {
        return dsl.select(IMPORT_FILE.STAFF_ID, IMPORT_FILE.HEADER,
                        DSL.field(select(DSL.count()).from(IMPORT_ROW).where(IMPORT_ROW.IMPORT_ID.eq(IMPORT_FILE.ID))))
                .from(IMPORT_FILE).where(IMPORT_FILE.ID.eq(id.value()))
                .fetchOptional(row -> new StagedFile(id, new StaffId(row.value1()), List.of(row.value2()), row.value3()));
    }

    @Override
    public List<StagedRow> rows(ImportId id, long after, int limit) {
        var duplicateOf = DSL.field(select(min(EARLIER.ROW_NO)).from(EARLIER)
                .where(EARLIER.IMPORT_ID.eq(IMPORT_ROW.IMPORT_ID))
                .and(EARLIER.ROW_HASH.eq(IMPORT_ROW.ROW_HASH))
                .and(EARLIER.ROW_NO.lt(IMPORT_ROW.ROW_NO))
                .and(EARLIER.ROW_VALUES.eq(IMPORT_ROW.ROW_VALUES)));
        return dsl.select(IMPORT_ROW.ROW_NO, IMPORT_ROW.ROW_VALUES, duplicateOf)
                .from(IMPORT_ROW)
                .where(IMPORT_ROW.IMPORT_ID.eq(id.value()))
                .and(IMPORT_ROW.ROW_NO.gt(after))
                .orderBy(IMPORT_ROW.ROW_NO)
                .limit(limit)
                .fetch(row -> new StagedRow(row.value1(), List.of(row.value2()),
                        row.value3() == null ? OptionalLong.empty() : OptionalLong.of(row.value3())));
    }

    @Override
    public boolean start(ImportId id, Instant at) {
        return dsl.update(IMPORT_FILE).set(IMPORT_FILE.STARTED_AT, at)
                .where(IMPORT_FILE.ID.eq(id.value())).and(IMPORT_FILE.STARTED_AT.isNull()).execute() == 1;
    }

    @Override
    public void remove(ImportId id) {
        dsl.deleteFrom(IMPORT_FILE).where(IMPORT_FILE.ID.eq(id.value())).execute();
    }

    @Override
    public int removeStagedBefore(Instant before) {
        return dsl.deleteFrom(IMPORT_FILE).where(IMPORT_FILE.CREATED_AT.lt(before)).execute();
    }

    @Override
    public Optional<List<String>> remembered(StaffId staff, List<String> header) {
        return dsl.select(IMPORT_MAPPING.TARGETS).from(IMPORT_MAPPING)
                .where(IMPORT_MAPPING.STAFF_ID.eq(staff.value()))
                .and(IMPORT_MAPPING.HEADER.eq(header.toArray(String[]::new)))
                .fetchOptional(row -> List.of(row.value1()));
    }

    @Override
    public void remember(StaffId staff, List<String> header, List<String> codes) {
        dsl.insertInto(IMPORT_MAPPING)
                .set(IMPORT_MAPPING.STAFF_ID, staff.value())
                .set(IMPORT_MAPPING.HEADER, header.toArray(String[]::new))
                .set(IMPORT_MAPPING.TARGETS, codes.toArray(String[]::new))
                .onConflict(IMPORT_MAPPING.STAFF_ID, IMPORT_MAPPING.HEADER)
                .doUpdate().set(IMPORT_MAPPING.TARGETS, codes.toArray(String[]::new))
                .execute();
    }
}
