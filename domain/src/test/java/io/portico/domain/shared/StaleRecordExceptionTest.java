package io.portico.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StaleRecordExceptionTest {

    @Test
    void a_stale_save_says_who_changed_the_record_and_when() {
        var at = Instant.parse("2026-03-02T09:00:00Z");
        var stale = new StaleRecordException("Anna Bianchi", at);
        assertThat(stale.changedBy()).isEqualTo("Anna Bianchi");
        assertThat(stale.changedAt()).isEqualTo(at);
    }
}
