package io.portico.application.shared;

import io.portico.application.shared.port.out.CsvPort;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

/** CSV for use-case tests: one row per line, values split at commas, no quoting; read lazily like the real adapter. */
public final class LineCsv implements CsvPort {

    @Override
    public CsvReader read(InputStream in) {
        var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return new CsvReader() {
            private String next = readLine();
            private long number;

            private String readLine() {
                try {
                    return lines.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public CsvRow next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                List<String> values = Arrays.asList(next.split(",", -1));
                next = readLine();
                return new CsvRow(++number, values);
            }

            @Override
            public void close() {
                try {
                    lines.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    @Override
    public CsvWriter write(OutputStream out) {
        throw new UnsupportedOperationException("imports only read");
    }
}
