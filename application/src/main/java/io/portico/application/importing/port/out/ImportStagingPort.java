package io.portico.application.importing.port.out;

import io.portico.application.shared.port.out.CsvPort.CsvRow;
import io.portico.domain.importing.ImportId;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** Issue 12 items 5–7: uploaded files, staged row by row until their import has read them. */
public interface ImportStagingPort {

    void create(ImportId id, StaffId by, List<String> header, Instant at);

    /** Rows of the file after its header, appended in one statement. */
    void addRows(ImportId id, List<CsvRow> rows);

    Optional<StagedFile> find(ImportId id);

    /**
     * Up to {@code limit} rows numbered after {@code after}, in order, each with the first earlier row of the
     * file holding exactly the same values, if there is one.
     */
    List<StagedRow> rows(ImportId id, long after, int limit);

    /** Marks the file as being imported: false if it already was (or is unknown), so it is imported once. */
    boolean start(ImportId id, Instant at);

    /** The file and its rows; nothing happens for an unknown id. */
    void remove(ImportId id);

    /** Every file staged before {@code before}, with its rows, whether imported or not; how many went. */
    int removeStagedBefore(Instant before);

    record StagedFile(ImportId id, StaffId by, List<String> header, int rows) {

        public StagedFile {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(by, "by");
            header = List.copyOf(header);
        }
    }

    record StagedRow(long number, List<String> values, OptionalLong duplicateOf) {

        public StagedRow {
            values = List.copyOf(values);
            Objects.requireNonNull(duplicateOf, "duplicateOf");
        }
    }
}
