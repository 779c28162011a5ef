package io.portico.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.port.out.AccountListPort;
import io.portico.application.account.port.out.NotePort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.audit.port.out.AccessAuditPort;
import io.portico.application.account.port.out.CustomFieldHistoryPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.customfield.port.out.CustomFieldPort;
import io.portico.application.tag.port.out.TagPort;
import io.portico.application.firm.port.out.FirmPort;
import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.firm.Firm;
import io.portico.domain.firm.FirmAlreadySetUpException;
import io.portico.domain.firm.FirmId;
import io.portico.domain.firm.FirmName;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.PersistenceExceptionTranslationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The adapters as the app gets them: found by scanning {@code io.portico.persistence}, on the
 * {@code DSLContext} and transaction manager of Spring Boot's auto-configuration.
 */
@ExtendWith(EmptyDatabase.class)
class SpringWiringTest {

    @Configuration(proxyBeanMethods = false)
    @ComponentScan("io.portico.persistence")
    static class ScannedAdapters {
    }

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceTransactionManagerAutoConfiguration.class,
                    TransactionAutoConfiguration.class, JooqAutoConfiguration.class,
                    PersistenceExceptionTranslationAutoConfiguration.class))
            // wrapped: the context would close the shared pool on shutdown
            .withBean(DataSource.class, () -> new DelegatingDataSource(TestPostgres.get().dataSource()))
            // the app makes it from portico.mailboxes.key or its key file (ui-vaadin's MailboxesConfiguration)
            .withBean(io.portico.persistence.mailbox.MailboxSeal.class, () -> new io.portico.persistence.mailbox.MailboxSeal("a key for the wiring test"))
            .withUserConfiguration(ScannedAdapters.class);

    @Test
    void every_persistence_port_and_transactions_have_one_bean() {
        app.run(context -> assertThat(context).hasNotFailed()
                .hasSingleBean(FirmPort.class)
                .hasSingleBean(StaffPort.class)
                .hasSingleBean(TagPort.class)
                .hasSingleBean(CustomFieldPort.class)
                .hasSingleBean(CustomFieldHistoryPort.class)
                .hasSingleBean(MailedLinkPort.class)
                .hasSingleBean(MailOutboxPort.class)
                .hasSingleBean(ContactPort.class)
                .hasSingleBean(AccountPort.class)
                .hasSingleBean(AccountListPort.class)
                .hasSingleBean(AccessAuditPort.class)
                .hasSingleBean(NotePort.class)
                .hasSingleBean(io.portico.application.account.port.out.AccountPhotoPort.class)
                .hasSingleBean(io.portico.application.inbox.port.out.NotificationPort.class)
                .hasSingleBean(io.portico.application.contact.port.out.ContactListPort.class)
                .hasSingleBean(io.portico.application.message.port.out.MessagePort.class)
                .hasSingleBean(io.portico.application.message.port.out.MessageReadPort.class)
                .hasSingleBean(io.portico.application.message.port.out.VisibleAccountsPort.class)
                .hasSingleBean(io.portico.application.notification.port.out.NotificationPreferencesPort.class)
                .hasSingleBean(io.portico.application.notification.port.out.LockedCategoriesPort.class)
                .hasSingleBean(io.portico.application.notification.port.out.NotificationRecipientsPort.class)
                .hasSingleBean(io.portico.application.notification.port.out.NotificationDeliveryPort.class)
                .hasSingleBean(io.portico.application.notification.port.out.NotificationDigestPort.class)
                .hasSingleBean(io.portico.application.job.port.out.JobPort.class)
                .hasSingleBean(io.portico.application.job.port.out.JobFilePort.class)
                .hasSingleBean(io.portico.application.mailbox.port.out.MailboxPort.class)
                .hasSingleBean(io.portico.application.mailbox.port.out.MailboxHealthPort.class)
                .hasSingleBean(Transactions.class));
    }

    @Test
    void domain_exceptions_pass_the_repository_proxies_unchanged() {
        app.run(context -> {
            FirmPort firms = context.getBean(FirmPort.class);
            Transactions transactions = context.getBean(Transactions.class);
            assertThat(AopUtils.isAopProxy(firms)).as("@Repository beans get exception translation").isTrue();
            transactions.inTransaction(() -> firms.create(firm()));
            assertThatThrownBy(() -> transactions.inTransaction(() -> firms.create(firm())))
                    .isInstanceOf(FirmAlreadySetUpException.class);
        });
    }

    private static Firm firm() {
        return new Firm(FirmId.random(), new FirmName("Studio"), Instant.now());
    }
}
