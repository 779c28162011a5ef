package io.portico.ui.config;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.portico.ui.logo.FirmLogoController;
import io.portico.ui.staff.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/** Staff sign in at /login; views declare who may open them; health is public for load balancers, the firm's logo for clients. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, WebAuthnRelyingPartyOperations relyingParty,
                                            SecurityContextHolderStrategy contexts) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/error", FirmLogoController.PATH).permitAll());
        PasskeySecurity.apply(http, relyingParty, contexts);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"));
        SecurityHeaders.apply(http);
        return http.build();
    }
}
