package io.portico.ui.config;

import io.portico.application.email.EmailRescanJob;
import io.portico.application.email.EmailRescanTrigger;
import io.portico.application.email.EmailSyncSettings;
import io.portico.application.email.MailboxSyncWorker;
import io.portico.application.email.SyncBatches;
import io.portico.application.email.port.out.EmailStorePort;
import io.portico.application.email.port.out.FolderCursorPort;
import io.portico.application.email.port.out.KnownAddressesPort;
import io.portico.application.email.port.out.MailboxLeasePort;
import io.portico.application.email.port.out.MailboxReaderPort;
import io.portico.application.email.port.out.SyncedMailPort;
import io.portico.application.job.JobTimings;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.mailbox.port.out.MailboxHealthPort;
import io.portico.application.mailbox.port.out.MailboxPort;
import io.portico.application.shared.port.out.Transactions;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Issue 13 items 3–5, 8, 9: the sync worker of this node, what it keeps, and the re-scan of new addresses. */
@Configuration(proxyBeanMethods = false)
class EmailSyncConfiguration {

    @Bean
    EmailSyncSettings emailSyncSettings(JobTimings node, @Value("${portico.email-sync.backfill-months:12}") int backfillMonths,
                                        @Value("${portico.email-sync.poll-interval:60s}") Duration pollInterval,
                                        @Value("${portico.email-sync.mode:poll}") String mode,
                                        @Value("${portico.email-sync.batch-size:1000}") int batchSize,
                                        @Value("${portico.email-sync.lease:2m}") Duration lease) {
        return new EmailSyncSettings(node.node(), backfillMonths, pollInterval, "idle".equalsIgnoreCase(mode), batchSize, lease);
    }

    @Bean
    SyncBatches syncBatches(EmailStorePort store, FolderCursorPort cursors, MailboxHealthPort health, SyncedMailPort synced,
                            KnownAddressesPort addresses, Transactions transactions, MetricsConfiguration.Metered metered) {
        return new SyncBatches(store, cursors, metered.mailboxHealth(health), synced, addresses, transactions);
    }

    @Bean
    MailboxSyncWorker mailboxSyncWorker(MailboxLeasePort leases, MailboxPort mailboxes, MailboxReaderPort reader, SyncBatches batches,
                                        EmailSyncSettings settings, Clock clock) {
        return new MailboxSyncWorker(leases, mailboxes, reader, batches, settings, clock);
    }

    @Bean
    EmailRescanJob emailRescanJob(MailboxPort mailboxes, MailboxReaderPort reader, SyncBatches batches, EmailSyncSettings settings,
                                  Clock clock) {
        return new EmailRescanJob(mailboxes, reader, batches, settings, clock);
    }

    /** Heard by {@code AccessConfiguration}'s reactions: a contact's new address starts a re-scan. */
    @Bean
    EmailRescanTrigger emailRescanTrigger(JobPort jobs, MailboxPort mailboxes) {
        return new EmailRescanTrigger(jobs, mailboxes);
    }

    /** portico.email-sync.enabled=false keeps this node from syncing (another node may). */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "portico.email-sync.enabled", havingValue = "true", matchIfMissing = true)
    EmailSyncSchedule emailSyncSchedule(MailboxSyncWorker worker, @Value("${portico.email-sync.threads:2}") int threads,
                                        @Value("${portico.email-sync.tick:5s}") Duration tick) {
        return new EmailSyncSchedule(worker, threads, tick);
    }
}
