package io.portico.ui.config;

import io.portico.application.access.AccessReactions;
import io.portico.application.access.port.out.LoadAccessPort;
import io.portico.application.account.AccountListLayoutService;
import io.portico.application.account.AddContactService;
import io.portico.application.account.NewAccountParts;
import io.portico.application.account.Viewers;
import io.portico.application.account.port.out.AccountListLayoutPort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.shared.port.out.Transactions;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Issue 12, items 8 and 9: Add contact on the Info tab, and the remembered layout of Clients → Accounts. */
@Configuration(proxyBeanMethods = false)
class ContactListsConfiguration {

    @Bean
    AddContactService addContact(AccountPort accounts, NewAccountParts parts, Viewers viewers, LoadAccessPort access,
                                 AccessReactions reactions, Transactions transactions, Clock clock) {
        return new AddContactService(accounts, parts, viewers, new AddContactService.AccessLoading(access, reactions), transactions, clock);
    }

    @Bean
    AccountListLayoutService accountListLayout(AccountListLayoutPort layouts, Viewers viewers) {
        return new AccountListLayoutService(layouts, viewers);
    }
}
