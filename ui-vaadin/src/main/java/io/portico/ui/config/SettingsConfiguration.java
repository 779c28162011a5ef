package io.portico.ui.config;

import io.portico.application.account.EditDetailsService;
import io.portico.application.account.Viewers;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.account.port.out.CustomFieldHistoryPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.customfield.CustomFieldService;
import io.portico.application.customfield.port.out.CustomFieldPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.tag.TagService;
import io.portico.application.tag.port.out.TagPort;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tags (A5), custom fields (A7) and their settings (G3), each use case given the adapters behind its ports. */
@Configuration(proxyBeanMethods = false)
class SettingsConfiguration {

    @Bean
    Administrators administrators(StaffPort staff) {
        return new Administrators(staff);
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
    EditDetailsService editDetails(AccountPort accounts, ContactPort contacts, CustomFieldPort fields, CustomFieldHistoryPort history,
                                   StaffPort staff, Viewers viewers, Transactions transactions, Clock clock) {
        return new EditDetailsService(accounts, contacts, fields, history, staff, viewers, transactions, clock);
    }
}
