package io.portico.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.export.port.out.ExportSection;
import io.portico.application.export.port.out.ExportedFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ZipExportArchiveTest {

    private final ZipExportArchive archive = new ZipExportArchive();

    private static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    @Test
    void issue14_3_each_section_is_json_objects_and_csv_with_a_header_and_files_keep_their_bytes() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = archive.open(out)) {
            try (var section = zip.section(ExportSection.ADDRESSES)) {
                section.row(List.of("c1", "mario@rossi.it", "0"));
                section.row(List.of("c1", "quote\"comma,line\nbreak", "1"));
            }
            try (var section = zip.section(ExportSection.NOTES)) {
                assertThat(section).isNotNull();
            }
            zip.file(new ExportedFile("files/documents/d1/a.pdf", "pdf".getBytes(StandardCharsets.UTF_8)));
        }

        Map<String, String> entries = entries(out.toByteArray());
        assertThat(entries.keySet()).containsExactly("addresses.json", "addresses.csv", "notes.json", "notes.csv", "files/documents/d1/a.pdf");
        var json = JsonMapper.builder().build().readTree(entries.get("addresses.json"));
        assertThat(json.size()).isEqualTo(2);
        assertThat(json.get(1).get("email").asString()).isEqualTo("quote\"comma,line\nbreak");
        assertThat(json.get(0).get("position").asString()).isEqualTo("0");
        assertThat(entries.get("addresses.csv")).isEqualTo("\uFEFFcontact_id,email,position\r\nc1,mario@rossi.it,0\r\n"
                + "c1,\"quote\"\"comma,line\nbreak\",1\r\n");
        assertThat(JsonMapper.builder().build().readTree(entries.get("notes.json")).size()).isZero();
        assertThat(entries.get("notes.csv")).isEqualTo("\uFEFFid,account_id,author,text,created_at,updated_at\r\n");
        assertThat(entries.get("files/documents/d1/a.pdf")).isEqualTo("pdf");
    }

    @Test
    void a_row_with_the_wrong_number_of_values_is_refused() {
        var zip = archive.open(new ByteArrayOutputStream());
        var section = zip.section(ExportSection.ADDRESSES);
        assertThatThrownBy(() -> section.row(new ArrayList<>(List.of("c1")))).isInstanceOf(IllegalArgumentException.class);
    }
}
