package io.portico.ui.config;

import io.portico.application.account.ArchiveAccountService;
import io.portico.application.account.Viewers;
import io.portico.application.account.port.out.AccountArchivePort;
import io.portico.application.audit.port.out.AccessAuditPort;
import io.portico.application.shared.port.out.Transactions;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Issue 14, item 1: archiving and restoring an account. */
@Configuration(proxyBeanMethods = false)
class ArchiveConfiguration {

    @Bean
    ArchiveAccountService archiveAccount(Viewers viewers, AccountArchivePort archive, AccessAuditPort history, Transactions transactions,
                                         Clock clock) {
        return new ArchiveAccountService(viewers, archive, history, transactions, clock);
    }
}
