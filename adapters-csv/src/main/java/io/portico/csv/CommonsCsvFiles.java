package io.portico.csv;

import io.portico.application.shared.port.out.CsvPort;
import io.portico.domain.shared.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** CSV through Apache Commons CSV, streamed: a file is never held whole. */
public final class CommonsCsvFiles implements CsvPort {

    private static final char BOM = '\uFEFF';
    /** How far the first line is looked at to choose the separator. */
    private static final int FIRST_LINE = 1 << 16;

    @Override
    public CsvReader read(InputStream in) {
        try {
            var text = new BufferedReader(new InputStreamReader(in, lenientUtf8()), FIRST_LINE);
            skipBom(text);
            char separator = separatorOf(text);
            var parser = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get().parse(text);
            return new Rows(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public CsvWriter write(OutputStream out) {
        try {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BOM);
            var printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            return new Printer(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharsetDecoder lenientUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    private static void skipBom(BufferedReader text) throws IOException {
        text.mark(1);
        if (text.read() != BOM) {
            text.reset();
        }
    }

    /** A semicolon when the first line has more of them than commas outside quotes (as European spreadsheets save). */
    static char separatorOf(BufferedReader text) throws IOException {
        text.mark(FIRST_LINE);
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int read = 0, c = text.read(); c != -1 && read < FIRST_LINE; read++, c = text.read()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        text.reset();
        return semicolons > commas ? ';' : ',';
    }

    private record Rows(CSVParser parser, Iterator<CSVRecord> records) implements CsvReader {

        Rows(CSVParser parser) {
            this(parser, parser.iterator());
        }

        @Override
        public boolean hasNext() {
            try {
                return records.hasNext();
            } catch (UncheckedIOException e) {
                throw unclosedQuote();
            }
        }

        @Override
        public CsvRow next() {
            try {
                CSVRecord record = records.next();
                return new CsvRow(record.getRecordNumber(), record.toList());
            } catch (UncheckedIOException e) {
                throw unclosedQuote();
            }
        }

        private InvalidInputException unclosedQuote() {
            return new InvalidInputException("file", "csv.unclosed-quote", parser.getRecordNumber() + 1);
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private record Printer(CSVPrinter printer) implements CsvWriter {

        @Override
        public void row(List<String> values) {
            try {
                printer.printRecord(values);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                printer.close(true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
