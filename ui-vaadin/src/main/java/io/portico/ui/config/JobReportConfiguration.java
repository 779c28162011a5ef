package io.portico.ui.config;

import io.portico.application.job.JobReportService;
import io.portico.application.job.JobViewers;
import io.portico.application.job.port.out.JobListPort;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.shared.port.out.CsvPort;
import io.portico.application.staff.port.out.StaffPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Issue 12 item 2: Clients → Jobs, each job's page and its report as CSV. */
@Configuration(proxyBeanMethods = false)
class JobReportConfiguration {

    @Bean
    JobReportService jobReports(JobListPort list, JobPort jobs, StaffPort staff, CsvPort csv) {
        return new JobReportService(list, jobs, new JobViewers(staff), csv);
    }
}
