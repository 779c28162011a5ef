package io.portico.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 5: a restore never deletes the data directory it replaces. */
class MoveAsideTest {

    @TempDir
    Path temp;

    @Test
    void issue14_item5_the_old_data_directory_is_kept_beside_under_a_dated_name() throws IOException {
        Path data = Files.createDirectories(temp.resolve("postgres"));
        Files.writeString(data.resolve("PG_VERSION"), "18");

        Path aside = EmbeddedDatabase.moveAside(data).orElseThrow();

        assertThat(data).doesNotExist();
        assertThat(aside.getParent()).isEqualTo(temp.toAbsolutePath().normalize());
        assertThat(aside.getFileName().toString()).matches("postgres-before-restore-\\d{8}-\\d{6}");
        assertThat(aside.resolve("PG_VERSION")).hasContent("18");
    }

    @Test
    void issue14_item5_with_no_data_directory_nothing_moves() {
        assertThat(EmbeddedDatabase.moveAside(temp.resolve("postgres"))).isEmpty();
    }
}
