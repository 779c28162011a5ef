package io.portico.ui.config;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.audit.AccessAudit;
import io.portico.application.portal.EmailChangeAccess;
import io.portico.application.portal.Invitations;
import io.portico.application.portal.UnlinkedEmailsService;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.portal.port.out.UnlinkedAccessPort;
import io.portico.application.shared.Viewers;
import io.portico.application.shared.port.out.Transactions;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** B5, B8: what a changed contact address does to its portal access, and the Unlinked emails it leaves. */
@Configuration(proxyBeanMethods = false)
class EmailChangeConfiguration {

    @Bean
    EmailChangeAccess emailChangeAccess(AccountPort accounts, PortalUserPort users, UnlinkedAccessPort unlinked,
                                        Invitations invitations, AccessAudit audit) {
        return new EmailChangeAccess(accounts, users, unlinked, invitations, audit);
    }

    @Bean
    UnlinkedEmailsService unlinkedEmails(UnlinkedAccessPort unlinked, Viewers viewers, Invitations invitations, AccessAudit audit,
                                         Transactions transactions, Clock clock) {
        return new UnlinkedEmailsService(unlinked, viewers, invitations, audit, transactions, clock);
    }
}
