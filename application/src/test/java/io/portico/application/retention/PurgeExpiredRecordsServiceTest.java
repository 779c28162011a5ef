package io.portico.application.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.retention.port.in.PurgeExpiredRecordsUseCase.PurgedRecords;
import io.portico.application.retention.port.out.ExpiredRecordsPort.Kind;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import io.portico.domain.retention.Retention;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 14, item 4 (and issue 10, item 13 for sent mail): the hourly task deletes what is older than the firm keeps. */
class PurgeExpiredRecordsServiceTest {

    private static final Retention PERIODS = new Retention(3650, 30, 365, 90);

    private final MutableClock clock = MutableClock.startingAt("2026-11-23T09:00:00Z");
    private final InMemoryExpiredRecords records = new InMemoryExpiredRecords();

    private PurgeExpiredRecordsService purge(int batchSize) {
        return new PurgeExpiredRecordsService(() -> PERIODS, records, new DirectTransactions(), clock, batchSize);
    }

    @Test
    void issue10_13_sent_mails_are_deleted_after_the_days_the_firm_keeps_them() {
        records.add(Kind.SENT_MAIL, clock.instant());
        clock.advance(Duration.ofDays(1));
        records.add(Kind.SENT_MAIL, clock.instant());

        clock.advance(Duration.ofDays(29));
        assertThat(purge(100).purge().sentMail()).as("exactly 30 days: kept").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(purge(100).purge().sentMail()).isEqualTo(1);
        assertThat(records.remaining(Kind.SENT_MAIL)).containsExactly(clock.instant().minus(Duration.ofDays(29)).minusSeconds(1));
    }

    @Test
    void issue14_item4_each_kind_goes_after_its_own_period() {
        Instant now = clock.instant();
        keptAndExpired(Kind.HISTORY, now, PERIODS.history());
        keptAndExpired(Kind.SENT_MAIL, now, PERIODS.sentMail());
        keptAndExpired(Kind.LOGIN_ACTIVITY, now, PERIODS.loginActivity());
        keptAndExpired(Kind.JOB_REPORTS, now, PERIODS.jobReports());

        assertThat(purge(100).purge()).isEqualTo(new PurgedRecords(1, 1, 1, 1));
        for (Kind kind : Kind.values()) {
            assertThat(records.remaining(kind)).as(kind.name()).hasSize(1);
        }
    }

    @Test
    void issue14_item4_a_large_backlog_goes_in_bounded_batches_until_none_is_left() {
        for (int day = 0; day < 7; day++) {
            records.add(Kind.JOB_REPORTS, clock.instant().minus(Duration.ofDays(100 + day)));
        }

        assertThat(purge(3).purge().jobReports()).isEqualTo(7);

        assertThat(records.remaining(Kind.JOB_REPORTS)).isEmpty();
        assertThat(records.batches()).filteredOn(size -> size > 0).containsExactly(3, 3, 1);
    }

    @Test
    void issue14_item4_a_batch_exactly_full_is_followed_by_one_more_look() {
        for (int day = 0; day < 4; day++) {
            records.add(Kind.HISTORY, clock.instant().minus(Duration.ofDays(4000 + day)));
        }

        assertThat(purge(2).purge().history()).isEqualTo(4);
        assertThat(records.batches()).startsWith(2, 2, 0);
    }

    @Test
    void issue14_item4_a_batch_holds_at_least_one_record() {
        assertThatThrownBy(() -> purge(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(purge(1).purge()).isEqualTo(new PurgedRecords(0, 0, 0, 0));
    }

    private void keptAndExpired(Kind kind, Instant now, Duration keep) {
        records.add(kind, now.minus(keep));
        records.add(kind, now.minus(keep).minusMillis(1));
    }
}
