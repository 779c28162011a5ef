package io.portico.application.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EmailSyncSettingsTest {

    private static EmailSyncSettings settings(int months, Duration poll, int batch, Duration lease) {
        return new EmailSyncSettings("node", months, poll, false, batch, lease);
    }

    @Test
    void issue13_item3_the_backfill_window_reaches_back_whole_calendar_months() {
        var settings = settings(12, Duration.ofSeconds(60), 200, Duration.ofMinutes(2));

        assertThat(settings.since(Instant.parse("2026-03-31T10:00:00Z"))).isEqualTo(Instant.parse("2025-03-31T10:00:00Z"));
        assertThat(settings(0, Duration.ZERO, 1, Duration.ofSeconds(1)).since(Instant.parse("2026-03-31T10:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-31T10:00:00Z"));
    }

    @Test
    void settings_that_cannot_work_are_refused() {
        assertThatThrownBy(() -> settings(-1, Duration.ofSeconds(60), 200, Duration.ofMinutes(2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(12, Duration.ofSeconds(-1), 200, Duration.ofMinutes(2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(12, Duration.ofSeconds(60), 0, Duration.ofMinutes(2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(12, Duration.ofSeconds(60), 200, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings(12, Duration.ofSeconds(60), 200, Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
