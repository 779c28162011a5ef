package io.portico.application.importing;

import io.portico.application.importing.port.in.StageImportCommand;
import io.portico.application.importing.port.in.StageImportUseCase;
import io.portico.application.importing.port.in.StagedImport;
import io.portico.application.importing.port.out.ImportMappingPort;
import io.portico.application.importing.port.out.ImportStagingPort;
import io.portico.application.shared.port.out.CsvPort;
import io.portico.application.shared.port.out.CsvPort.CsvRow;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.importing.ColumnGuess;
import io.portico.domain.importing.ColumnTarget;
import io.portico.domain.importing.ImportId;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Issue 12 items 2 and 5: the upload streamed into staging rows in batches — memory stays flat whatever the
 * file's size — in one transaction, so a file that breaks off (quotes never closed) leaves nothing staged.
 */
public final class StageImportService implements StageImportUseCase {

    static final int BATCH = 1000;
    static final int SAMPLE = 3;

    private final ImportFiles files;
    private final ImportStagingPort staging;
    private final ImportMappingPort mappings;
    private final CsvPort csv;
    private final Transactions transactions;
    private final Clock clock;

    public StageImportService(ImportFiles files, ImportStagingPort staging, ImportMappingPort mappings, CsvPort csv,
                              Transactions transactions, Clock clock) {
        this.files = files;
        this.staging = staging;
        this.mappings = mappings;
        this.csv = csv;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public StagedImport stage(StageImportCommand command) {
        files.importer(command.by());
        return transactions.inTransaction(() -> {
            try (CsvPort.CsvReader reader = csv.read(command.file())) {
                if (!reader.hasNext()) {
                    throw new InvalidInputException("file", "import.file.empty");
                }
                // the header is kept as one job parameter, whose separator no typed text holds
                List<String> header = reader.next().values().stream().map(name -> name.replace('\u001F', ' ').strip()).toList();
                ImportId id = ImportId.random();
                staging.create(id, command.by(), header, clock.instant());
                List<List<String>> sample = new ArrayList<>();
                int rows = stageRows(id, reader, sample);
                return new StagedImport(id, header, rows, sample, proposed(command.by(), header));
            }
        });
    }

    private int stageRows(ImportId id, CsvPort.CsvReader reader, List<List<String>> sample) {
        List<CsvRow> batch = new ArrayList<>(BATCH);
        int rows = 0;
        while (reader.hasNext()) {
            CsvRow row = reader.next();
            if (sample.size() < SAMPLE) {
                sample.add(row.values());
            }
            batch.add(row);
            rows++;
            if (batch.size() == BATCH) {
                staging.addRows(id, batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            staging.addRows(id, batch);
        }
        return rows;
    }

    /** The mapping used last for this header, its custom fields deleted since left out; else a guess. */
    private List<ColumnTarget> proposed(StaffId by, List<String> header) {
        List<CustomField> fields = files.customFields();
        Set<CustomFieldId> existing = fields.stream().map(CustomField::id).collect(Collectors.toSet());
        Optional<List<String>> remembered = mappings.remembered(by, header).filter(codes -> codes.size() == header.size());
        return remembered.map(codes -> codes.stream().map(ColumnTarget::parse)
                        .map(target -> target.customField().filter(f -> !existing.contains(f)).isPresent() ? ColumnTarget.IGNORED : target)
                        .toList())
                .orElseGet(() -> ColumnGuess.guess(header, fields));
    }
}
