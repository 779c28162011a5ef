package io.portico.ui.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.ui.support.FreshDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Issue 14 item 6: with a management port set, the metrics are served there to the firm's own scraper, and not on the app's port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {FreshDatabase.DATA_DIR, FreshDatabase.NO_SCHEDULED_MAIL, "vaadin.devmode.devTools.enabled=false"})
@DirtiesContext // a context of its own, closed after its tests
@Order(Integer.MAX_VALUE) // after the view tests, whose cached context must stay the last one created
class ManagementPortMetricsTest {

    private static final int MANAGEMENT_PORT = freePort();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void managementPort(DynamicPropertyRegistry properties) {
        properties.add("management.server.port", () -> MANAGEMENT_PORT);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void issue14_6_the_management_port_serves_the_metrics_without_signing_in_and_the_app_port_does_not() throws Exception {
        var scrape = get(MANAGEMENT_PORT, "/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("portico_outbox_depth ", "portico_sessions_active{realm=\"staff\"}");

        var app = get(port, "/actuator/prometheus");
        assertThat(app.body()).doesNotContain("portico_outbox_depth");
        assertThat(get(MANAGEMENT_PORT, "/actuator/health").statusCode()).isEqualTo(200);
    }
}
