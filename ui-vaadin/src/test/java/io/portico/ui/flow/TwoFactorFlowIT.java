package io.portico.ui.flow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.firm.port.in.SetUpFirmCommand;
import io.portico.application.firm.port.in.SetUpFirmUseCase;
import io.portico.ui.support.FreshDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Issue 10 items 6–7 end to end in Chromium: the owner of a new firm is led to set up an authenticator
 * app (the test computes the codes from the secret on the page), signs in with password and code, and
 * with a recovery code once; then adds a passkey on Chromium's virtual authenticator and signs in with it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {FreshDatabase.DATA_DIR, "vaadin.devmode.devTools.enabled=false", "portico.test.flow=two-factor-flow"})
@DirtiesContext // each flow starts on a new installation of its own
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the first test enrols the app the second signs in with
class TwoFactorFlowIT {

    private static final String EMAIL = "anna@studio-bianchi.it";
    private static final String PASSWORD = "tax season never ends";
    private static Browser browser;
    private static String authenticator;

    @LocalServerPort
    int port;
    @Autowired
    FirmQuery firm;
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

    @BeforeEach
    void newFirm() {
        if (!firm.isSetUp()) {
            setUp.setUp(SetUpFirmCommand.of("Studio Bianchi", "Anna", "Bianchi", EMAIL, PASSWORD));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).filter(new Locator.FilterOptions().setVisible(true));
    }

    private static void click(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true)).first().click();
    }

    /** Waits for the sign-in page to settle first: a page still starting up may replace the form being filled. */
    private void password(Page page) {
        page.navigate(url("/login"));
        Browser.settled(page);
        field(page, "Email").fill(EMAIL);
        field(page, "Password").fill(PASSWORD);
        click(page, "Sign in");
    }

    private static void signedIn(Page page) {
        assertThat(page.getByText("Signed in as Anna Bianchi")).isVisible();
    }

    private static void signOut(Page page) {
        click(page, "Sign out");
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        Browser.settled(page);
    }

    /** On failure, besides the screenshot, prints the pages the tab went through and what the last one says. */
    private void run(Page page, String name, Runnable flow) {
        List<String> visited = new ArrayList<>();
        page.onFrameNavigated(frame -> visited.add(frame.url()));
        try {
            flow.run();
        } catch (RuntimeException | AssertionError e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/" + name + "-failure.png")).setFullPage(true));
            System.out.println(name + " went through " + visited + " and ended on: " + page.innerText("body"));
            throw e;
        }
    }

    @Test
    @Order(1)
    void issue10_6_7_the_owner_sets_up_an_app_right_after_the_password_then_signs_in_with_a_code_or_a_recovery_code() {
        Page page = browser.newPage();
        run(page, "two-factor-app", () -> {
            password(page);
            assertThat(page).hasURL(Pattern.compile(".*/profile/two-factor"));
            page.navigate(url("/clients/accounts")); // typed before the required set-up is done
            assertThat(page).hasURL(Pattern.compile(".*/profile/two-factor"));
            authenticator = TwoFactorSteps.enrolAuthenticator(page);
            signedIn(page);
            signOut(page);

            password(page);
            page.navigate(url("/clients/accounts")); // typed while the second factor is still owed
            assertThat(page).hasURL(Pattern.compile(".*/login/two-factor"));
            TwoFactorSteps.give(page, "ABCD-EFGH-JKLM-NPQR"); // no such recovery code
            assertThat(page.getByText("the code is wrong or was already used")).isVisible();
            TwoFactorSteps.giveCode(page, authenticator);
            signedIn(page);
            signOut(page);

            String recovery = TwoFactorSteps.recoveryCodes(authenticator).get(0);
            password(page);
            TwoFactorSteps.give(page, recovery);
            assertThat(page).hasURL(Pattern.compile(".*/profile/two-factor"));
            page.navigate(url("/"));
            signedIn(page);
            signOut(page);

            password(page);
            TwoFactorSteps.give(page, recovery);
            assertThat(page.getByText("the code is wrong or was already used")).isVisible();
        });
    }

    @Test
    @Order(2)
    void issue10_6_a_passkey_is_added_and_then_signs_in_as_the_second_step() {
        Page page = browser.newPage();
        run(page, "two-factor-passkey", () -> {
            CDPSession cdp = page.context().newCDPSession(page);
            cdp.send("WebAuthn.enable");
            var options = new JsonObject();
            options.addProperty("protocol", "ctap2");
            options.addProperty("transport", "internal");
            options.addProperty("hasResidentKey", true);
            options.addProperty("hasUserVerification", true);
            options.addProperty("isUserVerified", true);
            var params = new JsonObject();
            params.add("options", options);
            cdp.send("WebAuthn.addVirtualAuthenticator", params);

            password(page);
            TwoFactorSteps.giveCode(page, authenticator);
            signedIn(page);
            page.navigate(url("/profile/two-factor"));
            click(page, "Add a passkey");
            assertThat(page.getByText("Passkey added.")).isVisible();
            page.navigate(url("/"));
            signOut(page);

            password(page);
            assertThat(page).hasURL(Pattern.compile(".*/login/two-factor"));
            click(page, "Use a passkey");
            signedIn(page);
        });
    }
}
