package io.portico.application.export.port.out;

import java.io.OutputStream;
import java.util.List;

/** Issue 14 item 3: the export file — a ZIP holding each section as JSON and as CSV, and the stored files. */
public interface ExportArchivePort {

    /** Starts a ZIP on {@code out}; closing the archive finishes the ZIP and closes {@code out}. */
    ExportArchive open(OutputStream out);

    interface ExportArchive extends AutoCloseable {

        /** Starts a section; one section is written at a time, and closed before the next starts. */
        SectionWriter section(ExportSection section);

        void file(ExportedFile file);

        @Override
        void close();
    }

    interface SectionWriter extends AutoCloseable {

        /** One row, its values in the order of the section's columns. */
        void row(List<String> values);

        @Override
        void close();
    }
}
