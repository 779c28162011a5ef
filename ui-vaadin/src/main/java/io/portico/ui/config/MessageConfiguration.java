package io.portico.ui.config;

import io.portico.application.account.Viewers;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.mail.MailQueue;
import io.portico.application.message.AccountMessagesService;
import io.portico.application.message.AnswerThreadService;
import io.portico.application.message.MessageSenders;
import io.portico.application.message.MessageViews;
import io.portico.application.message.PortalMessagesService;
import io.portico.application.message.PortalReaders;
import io.portico.application.message.ReplyNotices;
import io.portico.application.message.ReplyToThreadService;
import io.portico.application.message.SendMessageService;
import io.portico.application.message.port.out.MessagePort;
import io.portico.application.message.port.out.MessageReadPort;
import io.portico.application.message.port.out.VisibleAccountsPort;
import io.portico.application.notification.port.in.NotificationDeliveriesQuery;
import io.portico.application.notification.port.in.RaiseNotificationUseCase;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Links;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.StaffLanguagePort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.message.AttachmentLimits;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** Issue 11, items 8 and 9: messages to accounts, their threads on the profile and in the portal, and clients' replies. */
@Configuration(proxyBeanMethods = false)
class MessageConfiguration {

    @Bean
    AttachmentLimits attachmentLimits(@Value("${portico.messages.max-file-size:10MB}") DataSize perFile,
                                      @Value("${portico.messages.max-total-size:25MB}") DataSize total) {
        return new AttachmentLimits(perFile.toBytes(), total.toBytes());
    }

    @Bean
    MessageViews messageViews(MessagePort messages, StaffPort staff, PortalUserPort users, NotificationDeliveriesQuery deliveries) {
        return new MessageViews(messages, staff, users, deliveries);
    }

    @Bean
    PortalReaders portalReaders(PortalUserPort users, PortalAccessPort access) {
        return new PortalReaders(users, access);
    }

    @Bean
    MessageSenders messageSenders(Viewers viewers, VisibleAccountsPort visible, StaffPort staff) {
        return new MessageSenders(viewers, visible, staff);
    }

    @Bean
    SendMessageService sendMessage(MessagePort messages, MessageSenders senders, RaiseNotificationUseCase notifications,
                                   AttachmentLimits limits, Transactions transactions, Clock clock) {
        return new SendMessageService(messages, senders, notifications, limits, transactions, clock);
    }

    @Bean
    AnswerThreadService answerThread(MessagePort messages, MessageSenders senders, RaiseNotificationUseCase notifications,
                                     AttachmentLimits limits, Transactions transactions, Clock clock) {
        return new AnswerThreadService(messages, senders, notifications, limits, transactions, clock);
    }

    @Bean
    AccountMessagesService accountMessages(MessagePort messages, Viewers viewers, MessageViews views) {
        return new AccountMessagesService(messages, viewers, views);
    }

    @Bean
    PortalMessagesService portalMessages(MessagePort messages, MessageReadPort reads, PortalReaders readers, MessageViews views,
                                         Transactions transactions, Clock clock) {
        return new PortalMessagesService(messages, reads, readers, views, transactions, clock);
    }

    @Bean
    ReplyNotices replyNotices(AccountPort accounts, StaffPort staff, NotificationPort inbox, MailQueue mail, Links links,
                              StaffLanguagePort languages) {
        return new ReplyNotices(accounts, staff, inbox, mail, links, languages);
    }

    @Bean
    ReplyToThreadService replyToThread(MessagePort messages, PortalReaders readers, ReplyNotices notices, AttachmentLimits limits,
                                       Transactions transactions, Clock clock) {
        return new ReplyToThreadService(messages, readers, notices, limits, transactions, clock);
    }
}
