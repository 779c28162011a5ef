package io.portico.ui.flow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.portico.application.firm.port.in.SetUpFirmCommand;
import io.portico.application.firm.port.in.SetUpFirmUseCase;
import io.portico.ui.support.FreshDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Issue 12 items 5–7 (A10) in Chromium: a 50-row file with 3 bad rows uploaded on Clients → Accounts → Import,
 * mapped from its header, the dry run, the import confirmed and followed to its report, then undone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {FreshDatabase.DATA_DIR, "vaadin.devmode.devTools.enabled=false", "portico.test.flow=import-flow",
                "portico.jobs.interval=500ms"})
@DirtiesContext // each flow starts on a new installation of its own
class ImportFlowIT {

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

    /** 47 good rows; row 10 has no last name, row 20 a bad address, row 30 one value too few. */
    private static Path fileWithThreeBadRows() throws IOException {
        var csv = new StringBuilder("Nome;Cognome;E-mail;Telefono\n");
        for (int i = 1; i <= 50; i++) {
            csv.append(switch (i) {
                case 9 -> "Ugo;;ugo@rossi.it;\n";
                case 19 -> "Ida;Verdi;not-an-address;\n";
                case 29 -> "Eva;Neri\n";
                default -> "Cliente" + i + ";Import;cliente" + i + "@rossi.it;+39 02 12345" + (10 + i) + "\n";
            });
        }
        Path file = Files.createTempFile("import-flow", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private static void click(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true)).first().click();
    }

    @Test
    void A10_import_a_file_with_bad_rows_dry_run_confirm_follow_and_undo() throws IOException {
        setUp.setUp(SetUpFirmCommand.of("Studio Bianchi", "Anna", "Bianchi", EMAIL, PASSWORD));
        Page page = browser.newPage();
        try {
            flow(page, fileWithThreeBadRows());
        } catch (RuntimeException | AssertionError e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/import-flow-failure.png")).setFullPage(true));
            throw e;
        }
    }

    private void flow(Page page, Path file) {
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(EMAIL);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        click(page, "Sign in");
        TwoFactorSteps.enrolAuthenticator(page);
        assertThat(page.getByText("Signed in as Anna Bianchi")).isVisible();

        // item 5: Clients → Accounts → Import, upload, the columns mapped from the header
        page.navigate("http://localhost:" + port + "/clients/accounts");
        click(page, "Import");
        assertThat(page).hasURL(Pattern.compile(".*/clients/accounts/import"));
        page.locator("vaadin-upload input[type=file]").setInputFiles(file);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Columns"))).isVisible();
        assertThat(page.getByText("Cliente1 · Cliente2")).isVisible();

        // item 6: the dry run counts the whole file and lists the rejected rows
        click(page, "Dry run");
        assertThat(page.getByText("47 new accounts, 47 new contacts, 0 existing contacts linked by address, 3 rows rejected."))
                .isVisible();
        assertThat(page.getByText("the name is missing").first()).isVisible();
        assertThat(page.getByText("the row has 2 values where the header has 4").first()).isVisible();

        // item 7: confirmed, the job runs and reports; then it is undone
        click(page, "Import 47 accounts");
        assertThat(page.getByText(file.getFileName() + ": 47 rows imported, 3 rejected.")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        click(page, "Undo import");
        assertThat(page.getByText("Import undone: 47 accounts and 47 contacts removed.").first()).isVisible();

        // item 7: the report under Clients → Jobs hands back the rejected rows, each with its reason
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Report")).click();
        assertThat(page).hasURL(Pattern.compile(".*/clients/jobs/.+"));
        Download rejects = page.waitForDownload(() -> page.getByText("Download rejected rows (CSV)").click());
        List<String> lines = readLines(rejects);
        assertThat(lines.getFirst()).isEqualTo("\uFEFFNome,Cognome,E-mail,Telefono,Reason");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("Ugo,,ugo@rossi.it,,").contains("Row 10");
        assertThat(lines.get(2)).startsWith("Ida,Verdi,not-an-address,,").contains("Row 20");
        assertThat(lines.get(3)).startsWith("Eva,Neri,,,").contains("Row 30");
    }

    private static List<String> readLines(Download download) {
        try {
            return Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
