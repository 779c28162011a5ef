package io.portico.application.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.backup.port.BackupFile;
import io.portico.application.backup.port.out.BackupStorePort;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** What every {@link BackupStorePort} does (issue 14, item 5); each test starts with no backups. */
public abstract class BackupStorePortContract {

    protected abstract BackupStorePort store();

    /** Lets the next backup's time be later than the previous one's. */
    protected abstract void later();

    @Test
    void issue14_item5_a_backup_is_listed_with_its_size_and_can_be_read() throws Exception {
        BackupFile backup = store().backUp("portico-20261201-030000.backup");

        assertThat(backup.name()).isEqualTo("portico-20261201-030000.backup");
        assertThat(backup.sizeBytes()).isPositive();
        assertThat(store().list()).containsExactly(backup);
        try (InputStream in = store().open(backup.name()).orElseThrow()) {
            assertThat(in.readAllBytes()).isNotEmpty();
        }
    }

    @Test
    void issue14_item5_the_newest_backup_comes_first_and_a_deleted_one_is_gone() throws Exception {
        store().backUp("portico-20261201-030000.backup");
        later();
        store().backUp("portico-20261202-030000.backup");

        assertThat(store().list()).extracting(BackupFile::name)
                .containsExactly("portico-20261202-030000.backup", "portico-20261201-030000.backup");
        store().delete("portico-20261201-030000.backup");
        assertThat(store().list()).extracting(BackupFile::name).containsExactly("portico-20261202-030000.backup");
        assertThat(store().open("portico-20261201-030000.backup")).isEmpty();
    }

    @Test
    void issue14_item5_a_name_that_is_no_backup_opens_nothing() throws IOException {
        assertThat(store().open("portico-20261201-030000.backup")).isEmpty();
        assertThat(store().open("../postgres/pg_hba.conf")).isEmpty();
        assertThat(store().list()).isEmpty();
    }
}
