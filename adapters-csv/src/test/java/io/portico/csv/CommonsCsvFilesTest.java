package io.portico.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.shared.port.out.CsvPort.CsvRow;
import io.portico.domain.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12 item 5: the CSV files an import reads and a report writes. */
class CommonsCsvFilesTest {

    private final CommonsCsvFiles csv = new CommonsCsvFiles();

    private List<CsvRow> rows(byte[] file) {
        var rows = new ArrayList<CsvRow>();
        try (var reader = csv.read(new ByteArrayInputStream(file))) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }

    private List<CsvRow> rows(String file) {
        return rows(file.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void issue12_commas_and_quoted_fields_with_separators_quotes_and_line_breaks() {
        assertThat(rows("name,email\n\"Rossi, Anna\",\"a@x.it\"\n\"He said \"\"hi\"\"\",\"two\nlines\"\n"))
                .containsExactly(new CsvRow(1, List.of("name", "email")), new CsvRow(2, List.of("Rossi, Anna", "a@x.it")),
                        new CsvRow(3, List.of("He said \"hi\"", "two\nlines")));
    }

    @Test
    void issue12_semicolons_when_the_first_line_has_more_of_them_than_commas() {
        assertThat(rows("name;company\r\nAnna;\"Rossi, Bianchi & Co\"\r\n")).extracting(CsvRow::values)
                .containsExactly(List.of("name", "company"), List.of("Anna", "Rossi, Bianchi & Co"));
        assertThat(rows("\"a;b\",c\n1,2\n")).extracting(CsvRow::values).containsExactly(List.of("a;b", "c"), List.of("1", "2"));
    }

    @Test
    void issue12_a_byte_order_mark_is_not_part_of_the_first_header() {
        assertThat(rows("\uFEFFnàme,email\nÈlia,e@x.it\n")).extracting(CsvRow::values)
                .containsExactly(List.of("nàme", "email"), List.of("Èlia", "e@x.it"));
    }

    @Test
    void issue12_bytes_that_are_not_utf8_read_as_replacement_characters_in_their_row_only() {
        byte[] latin1 = "name\nJos\u00e9\nAnna\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(rows(latin1)).extracting(CsvRow::values)
                .containsExactly(List.of("name"), List.of("Jos\uFFFD"), List.of("Anna"));
    }

    @Test
    void issue12_rows_keep_their_own_length_and_blank_lines_are_skipped() {
        assertThat(rows("a,b,c\n1,2\n\n4,5,6,7\n")).extracting(CsvRow::values)
                .containsExactly(List.of("a", "b", "c"), List.of("1", "2"), List.of("4", "5", "6", "7"));
    }

    @Test
    void issue12_a_quote_that_never_closes_names_its_row() {
        assertThatThrownBy(() -> rows("a,b\n1,2\n\"3,4\n5,6\n")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("file").hasMessageContaining("3");
    }

    @Test
    void issue12_written_files_start_with_a_byte_order_mark_and_read_back_the_same() {
        var out = new ByteArrayOutputStream();
        try (var writer = csv.write(out)) {
            writer.row(List.of("row", "name", "reason"));
            writer.row(List.of("2", "Rossi, Anna", "Email \"x\" is not valid"));
        }
        byte[] file = out.toByteArray();
        assertThat(new String(file, StandardCharsets.UTF_8)).startsWith("\uFEFFrow,name,reason\r\n");
        assertThat(rows(file)).extracting(CsvRow::values)
                .containsExactly(List.of("row", "name", "reason"), List.of("2", "Rossi, Anna", "Email \"x\" is not valid"));
    }
}
