package io.portico.ui.config;

import io.portico.application.backup.port.out.BackupStatusPort;
import io.portico.application.health.AdminInbox;
import io.portico.application.health.HealthNotices;
import io.portico.application.health.SystemHealthService;
import io.portico.application.health.port.in.NoticeHealthProblemsUseCase;
import io.portico.application.health.port.out.HealthNoticePort;
import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.job.port.out.JobFiguresPort;
import io.portico.application.mail.port.out.OutboxFiguresPort;
import io.portico.application.mailbox.port.out.MailboxHealthPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.Administrators;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Issue 14 item 7: the installation's health on Home for owners and admins, and the check (every minute, on every
 * node; the once-per-spell mark keeps each notice single) that tells them of a stalled outbox or a failed backup.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class HealthConfiguration {

    @Bean
    SystemHealthService systemHealth(OutboxFiguresPort outbox, JobFiguresPort jobs, MailboxHealthPort mailboxes, BackupStatusPort backups,
                                     Administrators administrators, Clock clock) {
        return new SystemHealthService(outbox, jobs, mailboxes, backups, administrators, clock);
    }

    @Bean
    HealthNotices healthNotices(OutboxFiguresPort outbox, BackupStatusPort backups, HealthNoticePort marks,
                                Administrators administrators, NotificationPort notifications, Transactions transactions, Clock clock) {
        return new HealthNotices(outbox, backups, marks, new AdminInbox(administrators, notifications), transactions, clock);
    }

    @Bean
    HealthNoticeSchedule healthNoticeSchedule(NoticeHealthProblemsUseCase notices) {
        return new HealthNoticeSchedule(notices);
    }

    record HealthNoticeSchedule(NoticeHealthProblemsUseCase notices) {

        @Scheduled(fixedDelayString = "${portico.health.check-interval:1m}", initialDelayString = "${portico.health.check-interval:1m}")
        void noticeProblems() {
            notices.noticeProblems();
        }
    }
}
