package io.portico.ui.config;

import io.portico.application.account.EditAccountService;
import io.portico.application.account.EditLinkService;
import io.portico.application.account.RelatedAccountsService;
import io.portico.application.account.port.out.RelatedAccountsPort;
import io.portico.application.account.Viewers;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.access.AccessReactions;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.shared.port.out.Transactions;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The account profile's own use cases (F3–F5), each given the adapters behind its ports. */
@Configuration(proxyBeanMethods = false)
class ProfileConfiguration {

    @Bean
    EditLinkService editLink(AccountPort accounts, Viewers viewers, AccessReactions reactions, Transactions transactions,
                             Clock clock) {
        return new EditLinkService(accounts, viewers, reactions, transactions, clock);
    }

    @Bean
    EditAccountService editAccount(AccountPort accounts, Viewers viewers, Transactions transactions, Clock clock) {
        return new EditAccountService(accounts, viewers, transactions, clock);
    }

    @Bean
    RelatedAccountsService relatedAccounts(RelatedAccountsPort related, Viewers viewers) {
        return new RelatedAccountsService(related, viewers);
    }
}
