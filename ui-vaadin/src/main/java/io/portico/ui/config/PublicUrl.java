package io.portico.ui.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where people reach this app, for links in mails. Configured with {@code portico.public-url};
 * by default the local address on the port the server took. Never taken from a request's Host
 * header, which a stranger could set to send reset links to their own site.
 */
@Component
public class PublicUrl {

    private final String configured;
    private volatile String local = "http://localhost:8080";

    PublicUrl(@Value("${portico.public-url:}") String configured) {
        this.configured = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    @EventListener
    void serverStarted(WebServerInitializedEvent event) {
        local = "http://localhost:" + event.getWebServer().getPort();
    }

    public String base() {
        return configured.isEmpty() ? local : configured;
    }
}
