package io.portico.ui.config;

import io.portico.ui.security.SessionLifetimeFilter;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Issue 10 item 10: sessions live at most {@code portico.session.lifetime} from their start; the idle
 * timeout is {@code server.servlet.session.timeout} (from {@code portico.session.idle-timeout}), and
 * Vaadin closes idle UIs ({@code vaadin.closeIdleSessions}).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    FilterRegistrationBean<SessionLifetimeFilter> sessionLifetimeFilter(@Value("${portico.session.lifetime}") Duration lifetime,
                                                                        Clock clock) {
        var registration = new FilterRegistrationBean<>(new SessionLifetimeFilter(lifetime, clock));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
