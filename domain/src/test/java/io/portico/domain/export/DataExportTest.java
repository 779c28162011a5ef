package io.portico.domain.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.account.AccountId;
import io.portico.domain.job.JobId;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DataExportTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final DataExport requested = DataExport.requested(JobId.random(), new ExportRequester.Staff(new StaffId(UUID.randomUUID())),
            Optional.of(new AccountId(UUID.randomUUID())), NOW);

    @Test
    void issue14_3_an_export_builds_until_its_file_is_stored_or_its_job_fails() {
        assertThat(requested.stateAt(NOW.plusSeconds(3600 * 48), false)).isEqualTo(ExportState.BUILDING);
        assertThat(requested.stateAt(NOW, true)).isEqualTo(ExportState.FAILED);
        assertThat(requested.expiresAt()).isEmpty();
        assertThat(requested.size()).isZero();
    }

    @Test
    void issue14_3_a_built_export_is_offered_for_24_hours_then_expires() {
        DataExport built = requested.built(1234, NOW);

        assertThat(built.expiresAt()).contains(NOW.plusSeconds(24 * 3600));
        assertThat(built.size()).isEqualTo(1234);
        assertThat(built.requestedAt()).isEqualTo(NOW);
        assertThat(built.stateAt(NOW, true)).isEqualTo(ExportState.READY);
        assertThat(built.stateAt(NOW.plusSeconds(24 * 3600 - 1), false)).isEqualTo(ExportState.READY);
        assertThat(built.stateAt(NOW.plusSeconds(24 * 3600), false)).isEqualTo(ExportState.EXPIRED);
    }

    @Test
    void issue14_3_the_file_is_named_after_its_job() {
        assertThat(requested.fileName()).isEqualTo("portico-export-" + requested.job().value() + ".zip");
    }

    @Test
    void a_negative_size_is_refused() {
        assertThatThrownBy(() -> new DataExport(requested.job(), requested.requester(), Optional.empty(), NOW, Optional.empty(), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
