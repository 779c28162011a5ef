package io.portico.application.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.retention.port.out.ExpiredRecordsPort;
import io.portico.application.retention.port.out.ExpiredRecordsPort.Kind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every {@link ExpiredRecordsPort} does (issue 14, item 4); each test starts with no records. */
public abstract class ExpiredRecordsPortContract {

    protected static final Instant CUTOFF = Instant.parse("2026-06-01T00:00:00Z");

    protected abstract ExpiredRecordsPort port();

    /** Adds one record of the kind whose retention counts from {@code at}. */
    protected abstract void recordAt(Kind kind, Instant at);

    /** How many records of the kind are left (for login activity: sign-in times still known). */
    protected abstract int remaining(Kind kind);

    @ParameterizedTest
    @EnumSource(Kind.class)
    void issue14_item4_records_older_than_the_cutoff_go_and_those_at_or_after_it_stay(Kind kind) {
        recordAt(kind, CUTOFF.minus(Duration.ofDays(400)));
        recordAt(kind, CUTOFF.minusMillis(1));
        recordAt(kind, CUTOFF);
        recordAt(kind, CUTOFF.plus(Duration.ofDays(1)));

        assertThat(port().deleteBefore(kind, CUTOFF, 100)).isEqualTo(2);

        assertThat(remaining(kind)).isEqualTo(2);
        assertThat(port().deleteBefore(kind, CUTOFF, 100)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void issue14_item4_one_call_deletes_at_most_a_batch(Kind kind) {
        for (int day = 1; day <= 5; day++) {
            recordAt(kind, CUTOFF.minus(Duration.ofDays(day)));
        }

        assertThat(port().deleteBefore(kind, CUTOFF, 2)).isEqualTo(2);
        assertThat(remaining(kind)).isEqualTo(3);
        assertThat(port().deleteBefore(kind, CUTOFF, 2)).isEqualTo(2);
        assertThat(port().deleteBefore(kind, CUTOFF, 2)).isEqualTo(1);
        assertThat(remaining(kind)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void issue14_item4_each_kind_keeps_to_itself(Kind kind) {
        for (Kind other : Kind.values()) {
            recordAt(other, CUTOFF.minus(Duration.ofDays(1)));
        }

        port().deleteBefore(kind, CUTOFF, 100);

        for (Kind other : Kind.values()) {
            assertThat(remaining(other)).as(other.name()).isEqualTo(other == kind ? 0 : 1);
        }
    }
}
