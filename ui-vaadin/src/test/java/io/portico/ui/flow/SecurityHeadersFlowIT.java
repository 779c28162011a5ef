package io.portico.ui.flow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import io.portico.application.firm.port.in.SetUpFirmCommand;
import io.portico.application.firm.port.in.SetUpFirmUseCase;
import io.portico.ui.support.FreshDatabase;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Issue 10, items 16 and 18 in Chromium: the security headers on every page, with Vaadin still working
 * under the Content-Security-Policy (no violation reported while signing in and moving around), and the
 * health endpoint's components only for a signed-in owner. The forwarded headers of the local "proxy"
 * are trusted, as behind the load balancer, so a request that came in over HTTPS gets HSTS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {FreshDatabase.DATA_DIR, "vaadin.devmode.devTools.enabled=false", "portico.test.flow=security-headers",
                "server.forward-headers-strategy=native"})
@DirtiesContext
class SecurityHeadersFlowIT {

    private static final String EMAIL = "anna@studio-bianchi.it";
    private static final String PASSWORD = "tax season never ends";
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    SetUpFirmUseCase setUp;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void firm() {
        setUp.setUp(SetUpFirmCommand.of("Studio Bianchi", "Anna", "Bianchi", EMAIL, PASSWORD));
    }

    @Test
    void issue10_16_18_pages_carry_the_security_headers_vaadin_works_under_them_and_health_details_are_for_admins() {
        firm();
        Page page = browser.newPage();
        List<String> violations = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });

        Response login = page.navigate(url("/login"));
        Map<String, String> headers = login.allHeaders();
        assertThat(headers.get("content-security-policy")).contains("frame-ancestors 'none'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "object-src 'none'");
        assertThat(headers).containsEntry("referrer-policy", "no-referrer").containsEntry("x-content-type-options", "nosniff")
                .doesNotContainKey("strict-transport-security");
        assertThat(page.request().get(url("/login"), RequestOptions.create().setHeader("X-Forwarded-Proto", "https")).headers())
                .as("behind TLS").containsKey("strict-transport-security");

        APIResponse anonymous = page.request().get(url("/actuator/health"));
        assertThat(anonymous.text()).contains("\"status\":\"UP\"").doesNotContain("components", "db");

        field(page, "Email").fill(EMAIL);
        field(page, "Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        TwoFactorSteps.enrolAuthenticator(page); // a new firm requires it of the owner, under the same headers
        assertThat(page.getByText("Signed in as Anna Bianchi")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New account").setExact(true)).click();
        assertThat(page.getByText("Company", new Page.GetByTextOptions().setExact(true))).isVisible();
        page.keyboard().press("Escape");
        page.navigate(url("/dev/mailbox"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dev mailbox"))).isVisible();

        assertThat(page.request().get(url("/actuator/health")).text()).as("signed in as the owner: database and mail")
                .contains("components", "\"db\":{", "\"mail\":{", "\"details\"", "\"status\":\"UP\"");
        assertThat(violations).isEmpty();
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).filter(new Locator.FilterOptions().setVisible(true));
    }
}
