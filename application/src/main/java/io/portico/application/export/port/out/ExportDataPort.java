package io.portico.application.export.port.out;

import java.util.List;
import java.util.function.Consumer;

/**
 * Issue 14 item 3: the stored data an export holds, streamed: rows are handed over as they are read, never
 * collected, so an account with thousands of messages exports in flat memory.
 */
public interface ExportDataPort {

    /** Each row of the section within the scope, its values in the order of {@link ExportSection#columns()}. */
    void rows(ExportScope scope, ExportSection section, Consumer<List<String>> row);

    /** Each stored file within the scope, one at a time, at the path its row names. */
    void files(ExportScope scope, Consumer<ExportedFile> file);
}
