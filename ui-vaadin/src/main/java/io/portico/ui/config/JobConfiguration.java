package io.portico.ui.config;

import io.portico.application.account.Viewers;
import io.portico.application.bulk.BulkEmailJob;
import io.portico.application.bulk.BulkEmailService;
import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.job.JobKind;
import io.portico.application.job.JobStatusService;
import io.portico.application.job.JobTimings;
import io.portico.application.job.JobWorker;
import io.portico.application.job.port.out.JobFilePort;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.message.port.in.SendMessageUseCase;
import io.portico.application.shared.port.out.CsvPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.csv.CommonsCsvFiles;
import io.portico.domain.message.AttachmentLimits;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Issue 11 item 10: the background job engine on this node, and bulk email as its first kind of job. */
@Configuration(proxyBeanMethods = false)
class JobConfiguration {

    /** This node among the workers: its host name and a random part, so two processes on one host differ. */
    @Bean
    JobTimings jobTimings(@Value("${portico.jobs.lease:60s}") Duration lease, @Value("${portico.jobs.retry-delay:30s}") Duration retryDelay) {
        return new JobTimings(hostName() + "/" + UUID.randomUUID(), lease, retryDelay);
    }

    @Bean
    JobWorker jobWorker(JobPort jobs, List<JobKind> kinds, NotificationPort inbox, Transactions transactions, JobTimings timings,
                        MetricsConfiguration.Metered metered, Clock clock) {
        return new JobWorker(jobs, metered.jobKinds(kinds), inbox, transactions, timings, clock);
    }

    @Bean
    JobStatusService jobStatus(JobPort jobs) {
        return new JobStatusService(jobs);
    }

    @Bean
    BulkEmailJob bulkEmailJob(SendMessageUseCase messages, JobFilePort files, @Value("${portico.jobs.bulk-email.chunk:200}") int chunk) {
        return new BulkEmailJob(messages, files, chunk);
    }

    @Bean
    BulkEmailService bulkEmail(Viewers viewers, JobPort jobs, JobFilePort files, AttachmentLimits limits, Transactions transactions,
                               Clock clock) {
        return new BulkEmailService(viewers, jobs, files, limits, transactions, clock);
    }

    /** Issue 12: CSV files read by an import and written by job reports. */
    @Bean
    CsvPort csvFiles() {
        return new CommonsCsvFiles();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
