package io.portico.ui.config;

import io.portico.application.housekeeping.PurgeDeadLinksService;
import io.portico.application.housekeeping.port.in.PurgeDeadLinksUseCase;
import io.portico.application.importing.PurgeStagedImportsService;
import io.portico.application.importing.port.in.PurgeStagedImportsUseCase;
import io.portico.application.importing.port.out.ImportStagingPort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.portal.InvitationReminderMails;
import io.portico.application.portal.InvitationRemindersService;
import io.portico.application.portal.Invitations;
import io.portico.application.portal.PortalLinkMails;
import io.portico.application.portal.port.in.SendInvitationRemindersUseCase;
import io.portico.application.portal.port.out.InvitationReminderPort;
import io.portico.application.portal.port.out.PortalSettingsPort;
import io.portico.application.retention.port.in.PurgeExpiredRecordsUseCase;
import io.portico.application.shared.port.out.Transactions;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Once an hour, on every node, the links that no longer work, what is older than the firm's retention periods
 * (issue 14, item 4: history, sent mail, login activity, job reports) and import files staged longer ago than
 * {@code portico.imports.keep-staged-days} are removed (deleting twice is harmless), and the invitation
 * reminders that are due are sent (each node claims different ones: each goes once).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class HousekeepingConfiguration {

    @Bean
    PurgeDeadLinksService purgeDeadLinks(MailedLinkPort links, Clock clock) {
        return new PurgeDeadLinksService(links, clock);
    }

    @Bean
    DeadLinksSchedule deadLinksSchedule(PurgeDeadLinksUseCase purge) {
        return new DeadLinksSchedule(purge);
    }

    @Bean
    ExpiredRecordsSchedule expiredRecordsSchedule(PurgeExpiredRecordsUseCase purge) {
        return new ExpiredRecordsSchedule(purge);
    }

    @Bean
    PurgeStagedImportsService purgeStagedImports(ImportStagingPort staging, @Value("${portico.imports.keep-staged-days:7}") int days,
                                                 Clock clock) {
        return new PurgeStagedImportsService(staging, Duration.ofDays(days), clock);
    }

    @Bean
    StagedImportsSchedule stagedImportsSchedule(PurgeStagedImportsUseCase purge) {
        return new StagedImportsSchedule(purge);
    }

    @Bean
    InvitationReminderMails invitationReminderMails(Invitations invitations, PortalLinkMails mails) {
        return new InvitationReminderMails(invitations, mails);
    }

    @Bean
    InvitationRemindersService invitationReminders(PortalSettingsPort settings, InvitationReminderPort reminders, AccountPort accounts,
                                                   InvitationReminderMails mails, Transactions transactions, Clock clock) {
        return new InvitationRemindersService(settings, reminders, accounts, mails, transactions, clock);
    }

    @Bean
    InvitationReminderSchedule invitationReminderSchedule(SendInvitationRemindersUseCase reminders) {
        return new InvitationReminderSchedule(reminders);
    }

    record InvitationReminderSchedule(SendInvitationRemindersUseCase reminders) {

        @Scheduled(fixedDelayString = "${portico.housekeeping.interval:1h}", initialDelayString = "${portico.housekeeping.interval:1h}")
        void sendInvitationReminders() {
            reminders.sendDue();
        }
    }

    record DeadLinksSchedule(PurgeDeadLinksUseCase purge) {

        @Scheduled(fixedDelayString = "${portico.housekeeping.interval:1h}", initialDelayString = "${portico.housekeeping.interval:1h}")
        void purgeDeadLinks() {
            purge.purge();
        }
    }

    record ExpiredRecordsSchedule(PurgeExpiredRecordsUseCase purge) {

        @Scheduled(fixedDelayString = "${portico.housekeeping.interval:1h}", initialDelayString = "${portico.housekeeping.interval:1h}")
        void purgeExpiredRecords() {
            purge.purge();
        }
    }

    record StagedImportsSchedule(PurgeStagedImportsUseCase purge) {

        @Scheduled(fixedDelayString = "${portico.housekeeping.interval:1h}", initialDelayString = "${portico.housekeeping.interval:1h}")
        void purgeStagedImports() {
            purge.purge();
        }
    }
}
