package io.portico.application.importing.port.in;

import io.portico.domain.importing.ColumnTarget;
import io.portico.domain.importing.ImportId;
import java.util.List;

/** A staged file: its header, how many rows follow it, a few of them to map by, and the mapping proposed. */
public record StagedImport(ImportId id, List<String> header, int rows, List<List<String>> sample, List<ColumnTarget> mapping) {

    public StagedImport {
        header = List.copyOf(header);
        sample = sample.stream().map(List::copyOf).toList();
        mapping = List.copyOf(mapping);
    }
}
