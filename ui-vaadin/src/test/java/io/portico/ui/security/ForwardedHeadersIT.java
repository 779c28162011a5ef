package io.portico.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import io.portico.ui.support.FreshDatabase;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Issue 10 items 10 and 11 on the real servlet container: the client's address and scheme come from
 * X-Forwarded-For / X-Forwarded-Proto only when a trusted proxy sends them (here 127.0.0.2 plays the
 * load balancer; 127.0.0.1 is an untrusted peer), the session cookie is SameSite=Lax and HttpOnly, and
 * Secure behind TLS, sessions time out after 30 idle minutes, and Vaadin closes idle UIs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {FreshDatabase.DATA_DIR, FreshDatabase.NO_SCHEDULED_MAIL, "vaadin.devmode.devTools.enabled=false",
                "portico.trusted-proxies=127\\.0\\.0\\.2"})
@DirtiesContext
class ForwardedHeadersIT {

    private static final String PROBE = "/forwarded-headers-it/probe";
    private static final String FORWARDED = "X-Forwarded-For: 203.0.113.9\r\nX-Forwarded-Proto: https\r\n";

    @LocalServerPort
    int port;
    @Autowired
    ServletRegistrationBean<SpringServlet> vaadinServlet;

    /** Answers with what the servlet layer (and so ClientIp and the sign-in's details) sees of the request. */
    @TestConfiguration
    static class Probe {

        @Bean
        FilterRegistrationBean<Filter> forwardedHeadersProbe() {
            Filter probe = (request, response, chain) -> {
                var http = (HttpServletRequest) request;
                int idleSeconds = http.getSession(true).getMaxInactiveInterval();
                response.getWriter().write(http.getRemoteAddr() + " " + http.isSecure() + " " + idleSeconds);
            };
            var registration = new FilterRegistrationBean<>(probe);
            registration.addUrlPatterns(PROBE);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    @Test
    void issue10_11_forwarded_headers_from_an_untrusted_peer_are_ignored() throws IOException {
        Response response = get("127.0.0.1", PROBE, FORWARDED);

        assertThat(response.body()).isEqualTo("127.0.0.1 false 1800");
        assertThat(response.sessionCookie()).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");
    }

    @Test
    void issue10_10_11_a_trusted_proxy_gives_the_clients_address_and_tls_makes_the_cookie_secure() throws IOException {
        Response response = get("127.0.0.2", PROBE, FORWARDED);

        assertThat(response.body()).isEqualTo("203.0.113.9 true 1800");
        assertThat(response.sessionCookie()).contains("Secure").contains("SameSite=Lax").contains("HttpOnly");
    }

    @Test
    void issue10_10_vaadin_closes_idle_uis() throws IOException {
        get("127.0.0.1", "/login", "");

        assertThat(vaadinServlet.getServlet().getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }

    private record Response(List<String> headers, String body) {

        String sessionCookie() {
            return headers.stream().filter(h -> h.startsWith("Set-Cookie: JSESSIONID=")).findFirst().orElse("");
        }
    }

    /** A plain HTTP/1.1 request from the given local address, so the server sees that peer. */
    private Response get(String from, String path, String headers) throws IOException {
        try (var socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(from), 0)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = raw.indexOf("\r\n\r\n");
            List<String> head = Arrays.asList(raw.substring(0, split).split("\r\n"));
            return new Response(head, dechunk(head, raw.substring(split + 4)));
        }
    }

    private static String dechunk(List<String> head, String body) {
        if (head.stream().noneMatch(h -> h.equalsIgnoreCase("Transfer-Encoding: chunked"))) {
            return body;
        }
        var text = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return text.toString();
            }
            text.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
