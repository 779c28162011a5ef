package io.portico.ui.config;

import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.mailbox.FailingMailboxNotices;
import io.portico.application.mailbox.MailboxSettingsService;
import io.portico.application.mailbox.port.in.NoticeFailingMailboxesUseCase;
import io.portico.application.mailbox.port.out.MailboxHealthPort;
import io.portico.application.mailbox.port.out.MailboxPort;
import io.portico.application.mailbox.port.out.TestMailboxPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.Administrators;
import io.portico.persistence.mailbox.MailboxKeyFile;
import io.portico.persistence.mailbox.MailboxSeal;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * D1, issue 13 items 1–2: Settings → Mailboxes, the key mailbox passwords are sealed with, and the check (every
 * minute, on every node; the once-per-spell mark keeps each notice single) that tells admins of a failing mailbox.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailboxesConfiguration {

    /** {@code portico.mailboxes.key} when set (the same on every node); else a random key kept in the data directory. */
    @Bean
    MailboxSeal mailboxSeal(@Value("${portico.mailboxes.key:}") String key, @Value("${portico.data-dir:data}") Path dataDir) {
        return new MailboxSeal(key.isBlank() ? MailboxKeyFile.readOrCreate(dataDir) : key);
    }

    @Bean
    MailboxSettingsService mailboxSettings(MailboxPort mailboxes, MailboxHealthPort health, TestMailboxPort probe,
                                           Administrators administrators, Clock clock) {
        return new MailboxSettingsService(mailboxes, health, probe, administrators, clock);
    }

    @Bean
    FailingMailboxNotices failingMailboxNotices(MailboxHealthPort health, Administrators administrators, NotificationPort notifications,
                                                Transactions transactions, Clock clock) {
        return new FailingMailboxNotices(health, administrators, notifications, transactions, clock);
    }

    @Bean
    FailingMailboxSchedule failingMailboxSchedule(NoticeFailingMailboxesUseCase notices) {
        return new FailingMailboxSchedule(notices);
    }

    record FailingMailboxSchedule(NoticeFailingMailboxesUseCase notices) {

        @Scheduled(fixedDelayString = "${portico.mailboxes.failure-check-interval:1m}",
                initialDelayString = "${portico.mailboxes.failure-check-interval:1m}")
        void noticeFailing() {
            notices.noticeFailing();
        }
    }
}
