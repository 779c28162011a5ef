package io.portico.ui.config;

import io.portico.application.portal.PortalSettingsService;
import io.portico.application.portal.port.out.PortalSettingsPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.port.out.StaffPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Settings → Portal (G3) and self-signup (B9), each use case given the adapters behind its ports. */
@Configuration(proxyBeanMethods = false)
class SignupConfiguration {

    @Bean
    PortalSettingsService portalSettings(PortalSettingsPort settings, StaffPort staff, Administrators administrators,
                                         Transactions transactions) {
        return new PortalSettingsService(settings, staff, administrators, transactions);
    }
}
