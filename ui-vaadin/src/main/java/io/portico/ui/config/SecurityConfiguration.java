package io.portico.ui.config;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.portico.domain.staff.StaffRole;
import io.portico.ui.logo.FirmLogoController;
import io.portico.ui.staff.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Staff sign in at /login; views declare who may open them; health is public for load balancers, the firm's logo for clients.
 * Metrics (issue 14 item 6) are for signed-in owners and admins, or for whoever reaches the management port when one is set.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String METRICS = "/actuator/prometheus";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, WebAuthnRelyingPartyOperations relyingParty,
                                            SecurityContextHolderStrategy contexts, @Value("${server.port:8080}") int serverPort,
                                            @Value("${management.server.port:-1}") int managementPort) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/error", FirmLogoController.PATH).permitAll()
                .requestMatchers(request -> managementPort > 0 && managementPort != serverPort && request.getLocalPort() == managementPort)
                .permitAll()
                .requestMatchers(METRICS).hasAnyRole(StaffRole.OWNER.name(), StaffRole.ADMIN.name()));
        PasskeySecurity.apply(http, relyingParty, contexts);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"));
        SecurityHeaders.apply(http);
        return http.build();
    }
}
