package io.portico.domain.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JobParametersTest {

    @Test
    void issue12_a_job_is_listed_by_its_name() {
        var parameters = new JobParameters(Map.of(JobParameters.NAME, "clients.csv", JobParameters.SUBJECT, "Tax day"));
        assertThat(parameters.displayName()).isEqualTo("clients.csv");
    }

    @Test
    void issue12_a_bulk_email_without_a_name_is_listed_by_its_subject() {
        assertThat(new JobParameters(Map.of(JobParameters.SUBJECT, "Tax day")).displayName()).isEqualTo("Tax day");
    }

    @Test
    void issue12_a_job_with_neither_is_listed_without_a_name() {
        assertThat(new JobParameters(Map.of("accounts", "a,b")).displayName()).isEmpty();
    }
}
