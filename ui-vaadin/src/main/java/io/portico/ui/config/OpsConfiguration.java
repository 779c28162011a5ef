package io.portico.ui.config;

import io.portico.application.backup.BackupJob;
import io.portico.application.backup.BackupQueue;
import io.portico.application.backup.BackupService;
import io.portico.application.backup.port.in.BackUpDailyUseCase;
import io.portico.application.backup.port.out.BackupStatusPort;
import io.portico.application.backup.port.out.BackupStorePort;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.retention.PurgeExpiredRecordsService;
import io.portico.application.retention.RetentionService;
import io.portico.application.retention.port.in.RetentionQuery;
import io.portico.application.retention.port.out.ExpiredRecordsPort;
import io.portico.application.retention.port.out.RetentionSettingsPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.retention.Retention;
import io.portico.persistence.backup.BackupFiles;
import io.portico.persistence.backup.DatabaseRestore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Issue 14, items 4 and 5: the firm's retention periods (the hourly deletion is scheduled with the rest of the
 * housekeeping), backups into {@code <data-dir>/backups} — daily at {@code portico.backups.hour} for the embedded
 * database only, <i>Back up now</i> as a background job — and the restore of one with {@code --portico.restore=<file>}
 * before Flyway migrates.
 */
@Configuration(proxyBeanMethods = false)
class OpsConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(OpsConfiguration.class);

    @Bean
    RetentionService retention(RetentionSettingsPort settings, @Value("${portico.mail.outbox.keep-sent-days:30}") int sentMailDays,
                               Administrators administrators, Transactions transactions) {
        return new RetentionService(settings, Retention.defaults(sentMailDays), administrators, transactions);
    }

    @Bean
    PurgeExpiredRecordsService purgeExpiredRecords(RetentionQuery retention, ExpiredRecordsPort records, Transactions transactions, Clock clock,
                                                   @Value("${portico.retention.batch-size:5000}") int batchSize) {
        return new PurgeExpiredRecordsService(retention, records, transactions, clock, batchSize);
    }

    @Bean
    BackupFiles backupFiles(DataSource dataSource, @Value("${portico.data-dir:data}") Path dataDir, Clock clock) {
        return new BackupFiles(dataSource, dataDir.resolve("backups"), clock);
    }

    @Bean
    BackupService backups(BackupStorePort store, StaffPort staff, BackupStatusPort runs, JobPort jobs, Transactions transactions,
                          Clock clock, @Value("${portico.backups.keep:7}") int keep) {
        return new BackupService(store, staff, runs, new BackupQueue(jobs, transactions, clock), clock, keep);
    }

    /** <i>Back up now</i>, run by the job worker off the owner's request. */
    @Bean
    BackupJob backupJob(BackupService backups, BackupStatusPort runs) {
        return new BackupJob(backups, runs);
    }

    /** Restores the backup into the (empty) database, then migrates it to the current version as on any start. */
    @Bean
    @ConditionalOnProperty("portico.restore")
    FlywayMigrationStrategy restoreThenMigrate(@Value("${portico.restore}") Path backup) {
        return flyway -> {
            LOG.info("Restoring the backup {}", backup.toAbsolutePath());
            try {
                DatabaseRestore.restore(flyway.getConfiguration().getDataSource(), backup);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not restore " + backup, e);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not restore " + backup, e);
            }
            flyway.migrate();
            LOG.info("Restored the backup {}", backup.toAbsolutePath());
        };
    }

    /** With an external database ({@code spring.datasource.url} set) its own tools back it up: nothing is scheduled. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${portico.backups.enabled:true}")
    static class DailyBackups {

        @Bean
        DailyBackupSchedule dailyBackupSchedule(BackUpDailyUseCase backups) {
            return new DailyBackupSchedule(backups);
        }
    }

    record DailyBackupSchedule(BackUpDailyUseCase backups) {

        @Scheduled(cron = "0 0 ${portico.backups.hour:3} * * *")
        void backUp() {
            backups.backUp();
        }
    }
}
