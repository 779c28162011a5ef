package io.portico.application.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.domain.job.JobId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JobNoticeTest {

    @Test
    void issue12_2_every_jobs_notice_links_to_its_page_under_clients_jobs() {
        var id = new JobId(UUID.fromString("7c1e4a52-1b7e-4d8a-9a55-0f3c2b8e9d10"));
        assertThat(JobNotice.jobPage(id)).isEqualTo("clients/jobs/7c1e4a52-1b7e-4d8a-9a55-0f3c2b8e9d10");
    }
}
