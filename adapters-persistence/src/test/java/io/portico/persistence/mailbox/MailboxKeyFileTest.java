package io.portico.persistence.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailboxKeyFileTest {

    @TempDir
    Path dataDir;

    @Test
    void issue13_item1_with_no_key_configured_a_random_key_is_made_once_readable_by_its_owner_only() throws Exception {
        Path dir = dataDir.resolve("data");
        String key = MailboxKeyFile.readOrCreate(dir);

        assertThat(key).hasSize(64).matches("[0-9a-f]+");
        assertThat(MailboxKeyFile.readOrCreate(dir)).as("the same key on the next start").isEqualTo(key);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(MailboxKeyFile.NAME)))).isEqualTo("rw-------");
        assertThat(MailboxKeyFile.readOrCreate(dataDir.resolve("other"))).as("random per installation").isNotEqualTo(key);
    }
}
