package io.portico.ui.config;

import io.portico.application.staff.StaffLanguages;
import io.portico.application.staff.port.out.StaffLanguagePort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Remembering the language each staff member works in, for the mails written to them. */
@Configuration(proxyBeanMethods = false)
class StaffLanguageConfiguration {

    @Bean
    StaffLanguages staffLanguages(StaffLanguagePort languages) {
        return new StaffLanguages(languages);
    }
}
