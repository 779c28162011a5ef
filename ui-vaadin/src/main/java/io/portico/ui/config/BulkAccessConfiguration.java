package io.portico.ui.config;

import io.portico.application.account.Viewers;
import io.portico.application.audit.port.out.AccessAuditPort;
import io.portico.application.bulk.BulkAccessJob;
import io.portico.application.bulk.BulkAccessService;
import io.portico.application.bulk.port.out.BulkAccessPort;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.portal.BulkInvitations;
import io.portico.application.portal.PortalLinkMails;
import io.portico.application.portal.port.out.PortalSettingsPort;
import io.portico.application.shared.port.out.Transactions;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Issue 12 items 3 and 4 (E3): bulk edit of LOGIN, NOTIFY, EMAIL SYNC as a BULK_ACCESS job. */
@Configuration(proxyBeanMethods = false)
class BulkAccessConfiguration {

    @Bean
    BulkInvitations bulkInvitations(MailedLinkPort links, PortalSettingsPort settings, PortalLinkMails mails, AccessAuditPort audit) {
        return new BulkInvitations(links, settings, mails, audit);
    }

    @Bean
    BulkAccessService bulkAccess(BulkAccessPort port, Viewers viewers, JobPort jobs, Transactions transactions, Clock clock) {
        return new BulkAccessService(port, viewers, jobs, transactions, clock);
    }

    @Bean
    BulkAccessJob bulkAccessJob(BulkAccessPort port, Viewers viewers, BulkInvitations invitations, AccessAuditPort audit, Clock clock,
                                @Value("${portico.jobs.bulk-access.chunk:1000}") int chunk) {
        return new BulkAccessJob(port, viewers, invitations, audit, clock, chunk);
    }
}
