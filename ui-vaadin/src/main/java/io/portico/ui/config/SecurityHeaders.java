package io.portico.ui.config;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers of every page (issue 10, item 16). Mailed links carry tokens in their query, so no
 * page tells another site where the browser came from; nothing may frame Portico; the browser never guesses
 * a content type. HSTS goes out on secure requests only, i.e. behind TLS (with the proxy's forwarded headers
 * trusted, a request that reached the proxy over HTTPS counts as secure).
 */
final class SecurityHeaders {

    /**
     * What Vaadin Flow needs and no more: its bootstrap page starts the client engine with an inline script,
     * the engine builds functions from the expressions the server sends ({@code 'unsafe-eval'}), and the
     * components set inline styles. Everything else comes from Portico itself.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static final long ONE_YEAR_IN_SECONDS = 365L * 24 * 60 * 60;

    /**
     * Vaadin's pages are served through a forward to its servlet, and the response is then closed past the
     * filter's wrapper, so headers written "on commit" never go out: write them before the chain runs.
     */
    private static final ObjectPostProcessor<HeaderWriterFilter> EAGERLY = new ObjectPostProcessor<>() {
        @Override
        public <O extends HeaderWriterFilter> O postProcess(O filter) {
            filter.setShouldWriteHeadersEagerly(true);
            return filter;
        }
    };

    private SecurityHeaders() {
    }

    static void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> {
            headers.addObjectPostProcessor(EAGERLY);
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                    .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(ONE_YEAR_IN_SECONDS))
                    .contentTypeOptions(Customizer.withDefaults())
                    .frameOptions(frames -> frames.deny());
        });
    }
}
