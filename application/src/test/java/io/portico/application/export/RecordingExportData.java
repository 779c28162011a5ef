package io.portico.application.export;

import io.portico.application.export.port.out.ExportDataPort;
import io.portico.application.export.port.out.ExportScope;
import io.portico.application.export.port.out.ExportSection;
import io.portico.application.export.port.out.ExportedFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/** Hands out one row per section (its values naming the section) and one file; remembers the scopes asked for. */
final class RecordingExportData implements ExportDataPort {

    final List<ExportScope> scopes = new ArrayList<>();

    @Override
    public void rows(ExportScope scope, ExportSection section, Consumer<List<String>> row) {
        scopes.add(scope);
        row.accept(Collections.nCopies(section.columns().size(), section.fileName()));
    }

    @Override
    public void files(ExportScope scope, Consumer<ExportedFile> file) {
        file.accept(new ExportedFile("files/documents/1/a.pdf", "pdf".getBytes(StandardCharsets.UTF_8)));
    }
}
