package io.portico.ui.config;

import io.portico.application.account.Viewers;
import io.portico.application.email.AccountEmailService;
import io.portico.application.email.PortalEmailService;
import io.portico.application.email.port.out.EmailReadPort;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Issue 13, items 5, 6, 10: synced mail read by staff on the account's Email tab and by clients in the portal. */
@Configuration(proxyBeanMethods = false)
class EmailTabConfiguration {

    @Bean
    AccountEmailService accountEmail(EmailReadPort reads, Viewers viewers) {
        return new AccountEmailService(reads, viewers);
    }

    @Bean
    PortalEmailService portalEmail(EmailReadPort reads, PortalUserPort users, PortalAccessPort access) {
        return new PortalEmailService(reads, users, access);
    }
}
