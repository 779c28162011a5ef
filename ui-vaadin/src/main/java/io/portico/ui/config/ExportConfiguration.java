package io.portico.ui.config;

import io.portico.application.account.Viewers;
import io.portico.application.email.port.out.EmailReadPort;
import io.portico.application.export.ExportDownloadService;
import io.portico.application.export.ExportJob;
import io.portico.application.export.ExportQueue;
import io.portico.application.export.ExportScopes;
import io.portico.application.export.ExportService;
import io.portico.application.export.port.in.PurgeExpiredExportsUseCase;
import io.portico.application.export.port.out.ExportArchivePort;
import io.portico.application.export.port.out.ExportDataPort;
import io.portico.application.export.port.out.ExportFilePort;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.Administrators;
import io.portico.csv.ZipExportArchive;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Issue 14 item 3: exports of an account (staff) or of one's own data (portal), built as jobs, kept 24 hours. */
@Configuration(proxyBeanMethods = false)
class ExportConfiguration {

    @Bean
    ExportService exports(Viewers viewers, PortalUserPort users, Administrators administrators, JobPort jobs, ExportFilePort files,
                          Transactions transactions, Clock clock) {
        return new ExportService(viewers, users, administrators, new ExportQueue(jobs, files, transactions, clock));
    }

    @Bean
    ExportArchivePort exportArchive() {
        return new ZipExportArchive();
    }

    @Bean
    ExportJob exportJob(ExportFilePort files, EmailReadPort mail, PortalUserPort users, PortalAccessPort access, ExportDataPort data,
                        ExportArchivePort archive, Clock clock) {
        return new ExportJob(files, new ExportScopes(mail, users, access), data, archive, clock);
    }

    @Bean
    ExportDownloadService exportDownloadService(ExportFilePort files, JobPort jobs, Viewers viewers, Clock clock) {
        return new ExportDownloadService(files, jobs, viewers, clock);
    }

    @Bean
    ExpiredExportsSchedule expiredExportsSchedule(PurgeExpiredExportsUseCase purge) {
        return new ExpiredExportsSchedule(purge);
    }

    /** Hourly: the files of exports built more than 24 hours ago are deleted. */
    record ExpiredExportsSchedule(PurgeExpiredExportsUseCase purge) {

        @Scheduled(fixedDelayString = "${portico.exports.purge-interval:1h}", initialDelayString = "${portico.exports.purge-interval:1h}")
        void purgeExpiredExports() {
            purge.purge();
        }
    }
}
