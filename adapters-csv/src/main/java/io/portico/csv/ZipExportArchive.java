package io.portico.csv;

import io.portico.application.export.port.out.ExportArchivePort;
import io.portico.application.export.port.out.ExportSection;
import io.portico.application.export.port.out.ExportedFile;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14 item 3: an export as a ZIP, streamed — each section as {@code <name>.json} (an array of objects, one per
 * row, written by Jackson) and {@code <name>.csv} (a header row then the rows, by Commons CSV: UTF-8 with a byte
 * order mark like every CSV we write). Both are written in one pass over the rows: the JSON straight into the ZIP,
 * the CSV into a temporary file appended after it, so no section is ever held in memory.
 */
public final class ZipExportArchive implements ExportArchivePort {

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public ExportArchive open(OutputStream out) {
        return new Zip(new ZipOutputStream(new BufferedOutputStream(out, 1 << 16), StandardCharsets.UTF_8));
    }

    private final class Zip implements ExportArchive {

        private final ZipOutputStream zip;

        Zip(ZipOutputStream zip) {
            this.zip = zip;
        }

        @Override
        public SectionWriter section(ExportSection section) {
            return io(() -> new Section(section, zip));
        }

        @Override
        public void file(ExportedFile file) {
            io(() -> {
                zip.putNextEntry(new ZipEntry(file.path()));
                zip.write(file.content());
                zip.closeEntry();
                return null;
            });
        }

        @Override
        public void close() {
            io(() -> {
                zip.close();
                return null;
            });
        }
    }

    private final class Section implements SectionWriter {

        private final ExportSection section;
        private final ZipOutputStream zip;
        private final JsonGenerator generator;
        private final Path csvFile;
        private final CSVPrinter csv;

        Section(ExportSection section, ZipOutputStream zip) throws IOException {
            this.section = section;
            this.zip = zip;
            zip.putNextEntry(new ZipEntry(section.fileName() + ".json"));
            generator = json.createGenerator(new Unclosed(zip));
            generator.writeStartArray();
            csvFile = Files.createTempFile("portico-export-", ".csv");
            var writer = Files.newBufferedWriter(csvFile, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            csv = new CSVPrinter(writer, CSVFormat.RFC4180);
            csv.printRecord(section.columns());
        }

        @Override
        public void row(List<String> values) {
            List<String> columns = section.columns();
            if (values.size() != columns.size()) {
                throw new IllegalArgumentException(section + " has " + columns.size() + " columns, not " + values.size());
            }
            generator.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                generator.writeStringProperty(columns.get(i), values.get(i));
            }
            generator.writeEndObject();
            io(() -> {
                csv.printRecord(values);
                return null;
            });
        }

        @Override
        public void close() {
            io(() -> {
                generator.writeEndArray();
                generator.close();
                zip.closeEntry();
                csv.close();
                zip.putNextEntry(new ZipEntry(section.fileName() + ".csv"));
                Files.copy(csvFile, zip);
                zip.closeEntry();
                Files.delete(csvFile);
                return null;
            });
        }
    }

    /** The ZIP stays open when the JSON generator closes its entry. */
    private static final class Unclosed extends FilterOutputStream {

        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private interface IoWork<T> {
        T run() throws IOException;
    }

    private static <T> T io(IoWork<T> work) {
        try {
            return work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
