package io.portico.ui.flow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.account.port.in.CreateAccountCommand;
import io.portico.application.account.port.in.CreateAccountUseCase;
import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.firm.port.in.SetUpFirmCommand;
import io.portico.application.firm.port.in.SetUpFirmUseCase;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.AccountName;
import io.portico.domain.account.AccountType;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactName;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.staff.StaffId;
import io.portico.ui.support.FreshDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Issue 14 item 3 in Chromium: a client signs in to the portal, My profile → Download my data, waits for the
 * export and downloads the ZIP; it holds their data and none of the other contact of the same account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {FreshDatabase.DATA_DIR, "vaadin.devmode.devTools.enabled=false", "portico.test.flow=data-download-flow"})
@DirtiesContext // each flow class starts on a new installation of its own
class DataDownloadFlowIT {

    private static final String CLIENT = "giulia@verdi.it";
    private static final String CLIENT_PASSWORD = "my own portal passphrase";
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    FirmQuery firm;
    @Autowired
    SetUpFirmUseCase setUp;
    @Autowired
    CreateAccountUseCase createAccount;
    @Autowired
    PortalUserPort portalUsers;
    @Autowired
    PasswordHasher hasher;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void issue14_3_a_client_downloads_their_data_from_my_profile() throws IOException {
        StaffId owner = setUp.setUp(SetUpFirmCommand.of("Studio Bianchi", "Anna", "Bianchi", "anna@studio-bianchi.it",
                "tax season never ends")).id();
        createAccount.create(new CreateAccountCommand(owner, AccountType.INDIVIDUAL, Optional.of(new AccountName("Verdi household")),
                Optional.empty(), PostalAddress.NONE, Set.of(owner), List.of(contact("Giulia", CLIENT), contact("Luca", "luca@verdi.it"))));
        portalUsers.add(PortalUser.activate(new EmailAddress(CLIENT), hasher.hash(CLIENT_PASSWORD), Instant.now()));

        Page client = browser.newPage();
        try {
            Map<String, String> zip = download(client);
            assertThat(zip.get("accounts.json")).contains("Verdi household");
            assertThat(zip.get("contacts.json")).contains("Giulia").doesNotContain("Luca");
            assertThat(zip.get("contacts.csv")).contains("first_name").contains("Giulia");
            assertThat(zip.get("addresses.json")).contains(CLIENT).doesNotContain("luca@verdi.it");
            assertThat(zip).containsKeys("toggles.json", "messages.json", "notifications.json", "mail.json", "documents.csv")
                    .doesNotContainKeys("history.json", "notes.json");
        } catch (RuntimeException | AssertionError e) {
            client.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/data-download-flow.png")).setFullPage(true));
            throw e;
        }
    }

    private Map<String, String> download(Page client) throws IOException {
        client.navigate(url("/portal/login"));
        field(client, "Email").fill(CLIENT);
        field(client, "Password").fill(CLIENT_PASSWORD);
        client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        assertThat(client.getByText("You are in Verdi household")).isVisible();

        client.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^My profile"))).first().click();
        client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download my data").setExact(true)).click();
        Locator link = client.getByText("Download the data (ZIP)");
        assertThat(link).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(client.getByText("available until", new Page.GetByTextOptions().setExact(false))).isVisible();

        Download download = client.waitForDownload(link::click);
        assertThat(download.suggestedFilename()).matches("portico-export-.*\\.zip");
        return entries(download.path());
    }

    private static Map<String, String> entries(Path zip) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (InputStream file = Files.newInputStream(zip); var in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static ContactEntry contact(String first, String email) {
        return new ContactEntry.CreateNew(new ContactName(first, "Verdi"), new ContactEmails(List.of(new EmailAddress(email))), "",
                PostalAddress.NONE, "", List.of(new EmailAccess(new EmailAddress(email), true, false, false)));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).filter(new Locator.FilterOptions().setVisible(true));
    }
}
