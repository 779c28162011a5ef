package io.portico.ui.config;

import io.portico.application.account.Viewers;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.mail.MailQueue;
import io.portico.application.notification.LockedCategoriesService;
import io.portico.application.notification.NotificationDeliveriesService;
import io.portico.application.notification.NotificationMailer;
import io.portico.application.notification.NotificationMails;
import io.portico.application.notification.NotificationPreferencesService;
import io.portico.application.notification.PortalAddresses;
import io.portico.application.notification.RaiseNotificationService;
import io.portico.application.notification.SendDigestsService;
import io.portico.application.notification.port.in.SendNotificationDigestsUseCase;
import io.portico.application.notification.port.out.LockedCategoriesPort;
import io.portico.application.notification.port.out.NotificationDeliveryPort;
import io.portico.application.notification.port.out.NotificationDigestPort;
import io.portico.application.notification.port.out.NotificationPreferencesPort;
import io.portico.application.notification.port.out.NotificationRecipientsPort;
import io.portico.application.portal.Invitations;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Links;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.Administrators;
import java.time.Clock;
import java.time.LocalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Issue 11, items 1–4: client notifications, their preferences, the firm's locked categories and the daily digest. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {

    @Bean
    NotificationMails notificationMails(Invitations invitations, Links links, FirmQuery firm) {
        return new NotificationMails(invitations, links, firm);
    }

    @Bean
    NotificationMailer notificationMailer(NotificationMails mails, MailQueue queue) {
        return new NotificationMailer(mails, queue);
    }

    @Bean
    PortalAddresses portalAddresses(PortalUserPort users, PortalAccessPort access) {
        return new PortalAddresses(users, access);
    }

    @Bean
    RaiseNotificationService raiseNotification(NotificationRecipientsPort recipients, NotificationDigestPort digests,
                                               NotificationDeliveryPort deliveries, NotificationMailer mailer,
                                               Transactions transactions, Clock clock) {
        return new RaiseNotificationService(recipients, digests, deliveries, mailer, transactions, clock);
    }

    @Bean
    NotificationDeliveriesService notificationDeliveries(NotificationDeliveryPort deliveries) {
        return new NotificationDeliveriesService(deliveries);
    }

    @Bean
    NotificationPreferencesService notificationPreferences(Viewers viewers, AccountPort accounts, PortalAddresses addresses,
                                                           NotificationPreferencesPort preferences, LockedCategoriesPort locked,
                                                           Transactions transactions) {
        return new NotificationPreferencesService(viewers, accounts, addresses, preferences, locked, transactions);
    }

    @Bean
    LockedCategoriesService lockedCategories(LockedCategoriesPort locked, Administrators administrators, Transactions transactions) {
        return new LockedCategoriesService(locked, administrators, transactions);
    }

    @Bean
    SendDigestsService sendDigests(NotificationDigestPort digests, NotificationMailer mailer, PortalAddresses addresses,
                                   Transactions transactions, Clock clock) {
        return new SendDigestsService(digests, mailer, addresses, transactions, clock);
    }

    /** Every node runs it; the items' row locks (SKIP LOCKED) put each in one digest. The server's time zone applies. */
    @Bean
    DigestSchedule digestSchedule(SendNotificationDigestsUseCase digests,
                                  @Value("${portico.notifications.digest-at:07:00}") String at) {
        return new DigestSchedule(digests, LocalTime.parse(at));
    }

    record DigestSchedule(SendNotificationDigestsUseCase digests, LocalTime at) implements SchedulingConfigurer {

        @Override
        public void configureTasks(ScheduledTaskRegistrar registrar) {
            registrar.addCronTask(digests::sendDigests, "0 %d %d * * *".formatted(at.getMinute(), at.getHour()));
        }
    }
}
