package io.portico.domain.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.shared.InvalidInputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 14, item 4: the firm's retention periods and their bounds. */
class RetentionTest {

    @Test
    void issue14_item4_the_defaults_are_ten_years_of_history_a_year_of_sign_ins_and_ninety_days_of_job_reports() {
        Retention defaults = Retention.defaults(30);
        assertThat(defaults).isEqualTo(new Retention(3650, 30, 365, 90));
        assertThat(defaults.history()).isEqualTo(Duration.ofDays(3650));
        assertThat(defaults.sentMail()).isEqualTo(Duration.ofDays(30));
        assertThat(defaults.loginActivity()).isEqualTo(Duration.ofDays(365));
        assertThat(defaults.jobReports()).isEqualTo(Duration.ofDays(90));
    }

    @Test
    void issue14_item4_the_lowest_and_highest_periods_are_accepted() {
        assertThat(new Retention(365, 1, 30, 1).historyDays()).isEqualTo(365);
        assertThat(new Retention(36_500, 36_500, 36_500, 36_500).jobReportsDays()).isEqualTo(36_500);
    }

    @Test
    void issue14_item4_history_is_kept_at_least_a_year() {
        refused(() -> new Retention(364, 30, 365, 90), "retentionHistoryDays", 365);
        refused(() -> new Retention(36_501, 30, 365, 90), "retentionHistoryDays", 365);
    }

    @Test
    void issue10_13_sent_mail_is_kept_at_least_a_day() {
        refused(() -> new Retention(3650, 0, 365, 90), "retentionSentMailDays", 1);
        refused(() -> new Retention(3650, 36_501, 365, 90), "retentionSentMailDays", 1);
    }

    @Test
    void issue14_item4_login_activity_is_kept_at_least_thirty_days() {
        refused(() -> new Retention(3650, 30, 29, 90), "retentionLoginActivityDays", 30);
        refused(() -> new Retention(3650, 30, 36_501, 90), "retentionLoginActivityDays", 30);
    }

    @Test
    void issue14_item4_job_reports_are_kept_at_least_a_day() {
        refused(() -> new Retention(3650, 30, 365, 0), "retentionJobReportsDays", 1);
        refused(() -> new Retention(3650, 30, 365, 36_501), "retentionJobReportsDays", 1);
    }

    private static void refused(Runnable creation, String field, int min) {
        assertThatThrownBy(creation::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo("input.out-of-range");
            assertThat(e.arguments()).containsExactly(min, Retention.MAX_DAYS);
        });
    }
}
