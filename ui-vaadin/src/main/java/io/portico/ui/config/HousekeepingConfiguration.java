package io.portico.ui.config;

import io.portico.application.housekeeping.PurgeDeadLinksService;
import io.portico.application.housekeeping.PurgeSentMailService;
import io.portico.application.housekeeping.port.in.PurgeDeadLinksUseCase;
import io.portico.application.housekeeping.port.in.PurgeSentMailUseCase;
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
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.mail.port.out.MailOutboxPort;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Once an hour, on every node, the links that no longer work, the record of mails sent longer ago than
 * {@code portico.mail.outbox.keep-sent-days} and import files staged longer ago than
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
    PurgeSentMailService purgeSentMail(MailOutboxPort outbox, @Value("${portico.mail.outbox.keep-sent-days:30}") int days,
                                       Clock clock) {
        return new PurgeSentMailService(outbox, Duration.ofDays(days), clock);
    }

    @Bean
    SentMailSchedule sentMailSchedule(PurgeSentMailUseCase purge) {
        return new SentMailSchedule(purge);
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

    record SentMailSchedule(PurgeSentMailUseCase purge) {

        @Scheduled(fixedDelayString = "${portico.housekeeping.interval:1h}", initialDelayString = "${portico.housekeeping.interval:1h}")
        void purgeSentMail() {
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
