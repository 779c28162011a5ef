package io.portico.ui.config;

import io.portico.application.account.port.out.AccountArchivePort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactListPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.erasure.Erasables;
import io.portico.application.erasure.ErasureService;
import io.portico.application.erasure.port.out.ErasePort;
import io.portico.application.erasure.port.out.ErasureScopePort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.Administrators;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Issue 14, item 2: erasing an archived account or a contact linked to no account, and its preview. */
@Configuration(proxyBeanMethods = false)
class ErasureConfiguration {

    @Bean
    ErasureService erasure(Administrators administrators, AccountPort accounts, AccountArchivePort archive, ContactPort contacts, ContactListPort links,
                           ErasureScopePort scope, ErasePort erase, Transactions transactions, Clock clock) {
        return new ErasureService(new Erasables(administrators, accounts, archive, contacts, links), scope, erase, transactions, clock);
    }
}
