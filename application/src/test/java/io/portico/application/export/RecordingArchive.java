package io.portico.application.export;

import io.portico.application.export.port.out.ExportArchivePort;
import io.portico.application.export.port.out.ExportSection;
import io.portico.application.export.port.out.ExportedFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes each section's name, each row, each section's end and each file's path as lines, and remembers them. */
final class RecordingArchive implements ExportArchivePort {

    final List<String> lines = new ArrayList<>();

    @Override
    public ExportArchive open(OutputStream out) {
        return new ExportArchive() {
            @Override
            public SectionWriter section(ExportSection section) {
                line(out, "section " + section.fileName());
                return new SectionWriter() {
                    @Override
                    public void row(List<String> values) {
                        line(out, String.join(",", values));
                    }

                    @Override
                    public void close() {
                        line(out, "end " + section.fileName());
                    }
                };
            }

            @Override
            public void file(ExportedFile file) {
                line(out, "file " + file.path());
            }

            @Override
            public void close() {
                try {
                    out.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private void line(OutputStream out, String line) {
        lines.add(line);
        try {
            out.write(line.getBytes(StandardCharsets.UTF_8));
            out.write('\n'); // a single byte: the export counts those too
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
