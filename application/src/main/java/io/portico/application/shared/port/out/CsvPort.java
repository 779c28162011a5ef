package io.portico.application.shared.port.out;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;

/** Spreadsheet files as CSV: an import read row by row, never whole; job reports and rejected rows written out. */
public interface CsvPort {

    /**
     * Opens a CSV file: UTF-8 with or without a byte order mark, separated by commas or semicolons (whichever
     * its first line has more of outside quotes), fields optionally quoted. Bytes that are not UTF-8 read as
     * U+FFFD, so a row holding them can be rejected on its own.
     */
    CsvReader read(InputStream in);

    /** Writes UTF-8 with a byte order mark (so spreadsheet apps read accents), comma-separated, quoted where needed. */
    CsvWriter write(OutputStream out);

    /** A file's rows in order, the first (its header) included; closing it closes the stream. */
    interface CsvReader extends Iterator<CsvRow>, AutoCloseable {

        @Override
        void close();
    }

    /**
     * One row and where it stands in the file (1 for the first row). A row whose quotes never close ends
     * the file: {@link Iterator#next()} throws {@link io.portico.domain.shared.InvalidInputException} naming
     * the row.
     */
    record CsvRow(long number, List<String> values) {

        public CsvRow {
            values = List.copyOf(values);
        }
    }

    interface CsvWriter extends AutoCloseable {

        void row(List<String> values);

        /** Flushes and closes the stream. */
        @Override
        void close();
    }
}
