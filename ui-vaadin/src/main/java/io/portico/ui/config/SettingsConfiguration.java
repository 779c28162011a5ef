package io.portico.ui.config;

import io.portico.application.account.CustomFieldHistoryService;
import io.portico.application.account.CustomValues;
import io.portico.application.account.EditAccountDetailsService;
import io.portico.application.account.EditContactDetailsService;
import io.portico.application.account.Viewers;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.account.port.out.CustomFieldHistoryPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.customfield.CustomFieldService;
import io.portico.application.firm.FirmIdentityService;
import io.portico.application.firm.port.out.FirmIdentityPort;
import io.portico.application.customfield.port.out.CustomFieldPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.tag.TagService;
import io.portico.application.tag.port.out.TagPort;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tags (A5), custom fields (A7), the firm's identity (issue 11) and their settings (G3), each use case given the adapters behind its ports. */
@Configuration(proxyBeanMethods = false)
class SettingsConfiguration {

    @Bean
    Administrators administrators(StaffPort staff) {
        return new Administrators(staff);
    }

    @Bean
    FirmIdentityService firmIdentity(FirmIdentityPort firm, Administrators administrators, Transactions transactions, Clock clock) {
        return new FirmIdentityService(firm, administrators, transactions, clock);
    }

    @Bean
    TagService tags(TagPort tags, Administrators administrators) {
        return new TagService(tags, administrators);
    }

    @Bean
    CustomFieldService customFields(CustomFieldPort fields, Administrators administrators) {
        return new CustomFieldService(fields, administrators);
    }

    @Bean
    CustomValues customValues(CustomFieldPort fields) {
        return new CustomValues(fields);
    }

    @Bean
    EditAccountDetailsService editAccountDetails(AccountPort accounts, CustomValues values, CustomFieldHistoryPort history,
                                                 Viewers viewers, Transactions transactions, Clock clock) {
        return new EditAccountDetailsService(accounts, values, history, viewers, transactions, clock);
    }

    @Bean
    EditContactDetailsService editContactDetails(ContactPort contacts, CustomValues values, Viewers viewers, Transactions transactions,
                                                 Clock clock) {
        return new EditContactDetailsService(contacts, values, viewers, transactions, clock);
    }

    @Bean
    CustomFieldHistoryService customFieldHistory(CustomFieldHistoryPort history, StaffPort staff, Viewers viewers) {
        return new CustomFieldHistoryService(history, staff, viewers);
    }
}
