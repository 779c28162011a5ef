package io.portico.application.job;

import io.portico.application.shared.port.out.CsvPort;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Keeps the rows written, and writes each to the stream as one line of values joined by "|", closing it as a file would. */
public final class RecordingCsvFiles implements CsvPort {

    public final List<List<String>> rows = new ArrayList<>();

    @Override
    public CsvReader read(InputStream in) {
        throw new UnsupportedOperationException("a report only writes");
    }

    @Override
    public CsvWriter write(OutputStream out) {
        return new CsvWriter() {
            @Override
            public void row(List<String> values) {
                rows.add(List.copyOf(values));
                try {
                    out.write((String.join("|", values) + "\n").getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
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
}
