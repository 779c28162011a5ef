package io.portico.application.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.backup.port.BackupStatus;
import io.portico.application.backup.port.out.BackupStatusPort;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link BackupStatusPort} does; each test starts with no run recorded. */
public abstract class BackupStatusPortContract {

    private static final Instant NIGHT = Instant.parse("2026-12-01T03:00:00Z");

    protected abstract BackupStatusPort runs();

    @Test
    void issue14_item7_the_newest_run_replaces_the_one_before() {
        assertThat(runs().latest()).isEmpty();

        runs().record(new BackupStatus(NIGHT, true));
        runs().record(new BackupStatus(NIGHT.plusSeconds(86_400), false));

        assertThat(runs().latest()).contains(new BackupStatus(NIGHT.plusSeconds(86_400), false));
    }
}
