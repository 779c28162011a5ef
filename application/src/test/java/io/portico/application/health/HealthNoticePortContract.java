package io.portico.application.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.health.port.out.HealthNoticePort;
import io.portico.application.health.port.out.HealthProblem;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link HealthNoticePort} does (issue 14 item 7); each test starts with nothing told. */
public abstract class HealthNoticePortContract {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    protected abstract HealthNoticePort marks();

    @Test
    void issue14_7_a_spell_begins_once_until_it_ends() {
        assertThat(marks().begin(HealthProblem.OUTBOX_STALLED, NOW)).isTrue();
        assertThat(marks().begin(HealthProblem.OUTBOX_STALLED, NOW.plusSeconds(60))).as("the same spell").isFalse();

        marks().end(HealthProblem.OUTBOX_STALLED);

        assertThat(marks().begin(HealthProblem.OUTBOX_STALLED, NOW.plusSeconds(120))).as("the next spell").isTrue();
    }

    @Test
    void issue14_7_each_problem_has_its_own_spell() {
        assertThat(marks().begin(HealthProblem.OUTBOX_STALLED, NOW)).isTrue();
        assertThat(marks().begin(HealthProblem.BACKUP_FAILED, NOW)).isTrue();

        marks().end(HealthProblem.BACKUP_FAILED);

        assertThat(marks().begin(HealthProblem.OUTBOX_STALLED, NOW)).isFalse();
        assertThat(marks().begin(HealthProblem.BACKUP_FAILED, NOW)).isTrue();
    }

    @Test
    void issue14_7_ending_a_problem_never_told_is_harmless() {
        marks().end(HealthProblem.BACKUP_FAILED);

        assertThat(marks().begin(HealthProblem.BACKUP_FAILED, NOW)).isTrue();
    }
}
