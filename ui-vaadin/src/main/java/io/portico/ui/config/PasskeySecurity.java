package io.portico.ui.config;

import io.portico.ui.security.PasskeySecondFactor;
import java.net.URI;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Issue 10 item 6: passkeys through Spring Security's WebAuthn support, kept by its JDBC repositories
 * (tables of V27). The relying party is this app's host ({@code portico.webauthn.rp-id}) and the
 * browser origins it accepts ({@code portico.webauthn.origins}); both default to the public URL, so
 * localhost and tests on a random port work without settings.
 */
@Configuration(proxyBeanMethods = false)
class PasskeySecurity {

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUsers(DataSource dataSource) {
        return new JdbcPublicKeyCredentialUserEntityRepository(new JdbcTemplate(dataSource));
    }

    @Bean
    UserCredentialRepository passkeyCredentials(DataSource dataSource) {
        return new JdbcUserCredentialRepository(new JdbcTemplate(dataSource));
    }

    @Bean
    WebAuthnRelyingPartyOperations relyingParty(PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials,
                                                PublicUrl publicUrl, @Value("${portico.webauthn.rp-id:}") String rpId,
                                                @Value("${portico.webauthn.origins:}") String origins) {
        var relyingParty = PublicKeyCredentialRpEntity.builder().id(rpId.isBlank() ? URI.create(publicUrl.base()).getHost() : rpId)
                .name("Portico").build();
        return new Webauthn4JRelyingPartyOperations(users, credentials, relyingParty, origins(publicUrl, origins));
    }

    /** The configured origins, or the public URL's as it is when a passkey is checked (the port is known only once the server runs). */
    private static Set<String> origins(PublicUrl publicUrl, String configured) {
        if (!configured.isBlank()) {
            return Set.copyOf(Arrays.stream(configured.split(",")).map(String::strip).toList());
        }
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                URI base = URI.create(publicUrl.base());
                return Set.of(base.getScheme() + "://" + base.getRawAuthority()).iterator();
            }

            @Override
            public int size() {
                return 1;
            }
        };
    }

    /**
     * Registering a passkey needs a complete staff sign-in; a passkey sign-in only completes a password's.
     * Spring's WebAuthn filters keep the holder's strategy of the moment they are made, and Vaadin installs
     * its own (the one the sign-in is kept in) only once all beans exist: installed here first, they read
     * the signed-in member instead of an empty context (which the registration options answer with 400).
     */
    static void apply(HttpSecurity http, WebAuthnRelyingPartyOperations relyingParty, SecurityContextHolderStrategy contexts) throws Exception {
        SecurityContextHolder.setContextHolderStrategy(contexts);
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/webauthn/register", "/webauthn/register/**").hasRole("STAFF"));
        http.setSharedObject(org.springframework.security.core.userdetails.UserDetailsService.class, PasskeySecondFactor.userDetails());
        var secondFactor = new PasskeySecondFactor(relyingParty);
        http.webAuthn(webAuthn -> webAuthn.rpName("Portico").disableDefaultRegistrationPage(true)
                .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                    @Override
                    public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationManager(secondFactor);
                        return filter;
                    }
                }));
    }
}
