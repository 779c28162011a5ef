package io.portico.ui.flow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.account.port.in.CreateAccountCommand;
import io.portico.application.account.port.in.CreateAccountUseCase;
import io.portico.application.account.port.out.AccountArchivePort;
import io.portico.application.firm.port.in.SetUpFirmCommand;
import io.portico.application.firm.port.in.SetUpFirmUseCase;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountType;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactName;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PostalAddress;
import io.portico.ui.support.FreshDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Issue 14, item 2 in Chromium: the owner opens an archived account (archived through the foundation's port in the
 * set-up), erases it after the confirmation that lists what goes, and it is gone: not in the account list, not under
 * Archived (where another archived account still is), not in the search, and its address shows "not found".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {FreshDatabase.DATA_DIR, "vaadin.devmode.devTools.enabled=false", "portico.test.flow=erase-flow"})
@DirtiesContext // each flow starts on a new installation of its own
class EraseFlowIT {

    private static final String EMAIL = "anna@studio-bianchi.it";
    private static final String PASSWORD = "tax season never ends";
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    SetUpFirmUseCase setUp;
    @Autowired
    CreateAccountUseCase createAccount;
    @Autowired
    AccountArchivePort archive;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    private AccountId account(io.portico.domain.staff.StaffId owner, String first, String last) {
        return createAccount.create(new CreateAccountCommand(owner, AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(new ContactEntry.CreateNew(new ContactName(first, last),
                        new ContactEmails(List.of(new EmailAddress(first.toLowerCase() + "@" + last.toLowerCase() + ".it"))), "",
                        PostalAddress.NONE, "", List.of()))));
    }

    private static void click(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true)).first().click();
    }

    @Test
    void issue14_item2_an_archived_account_is_erased_after_the_confirmation_and_is_gone() {
        var owner = setUp.setUp(SetUpFirmCommand.of("Studio Bianchi", "Anna", "Bianchi", EMAIL, PASSWORD));
        account(owner.id(), "Lucia", "Bianchi");
        AccountId leaving = account(owner.id(), "Zeno", "Partente");
        archive.archive(leaving, Instant.now());
        archive.archive(account(owner.id(), "Marta", "Archiviata"), Instant.now());
        Page page = browser.newPage();
        try {
            flow(page, leaving);
        } catch (RuntimeException | AssertionError e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/erase-flow-failure.png")).setFullPage(true));
            throw e;
        }
    }

    private void flow(Page page, AccountId leaving) {
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(EMAIL);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        click(page, "Sign in");
        TwoFactorSteps.enrolAuthenticator(page); // issue 10: new firms require it of the owner
        assertThat(page.getByText("Signed in as Anna Bianchi")).isVisible();

        String url = "http://localhost:" + port + "/account/" + leaving.value();
        page.navigate(url);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Zeno Partente"))).isVisible();
        click(page, "Erase…");
        assertThat(page.getByText("Erase Zeno Partente?")).isVisible();
        assertThat(page.getByText("Contacts erased: 1")).isVisible();
        assertThat(page.getByText("Synced mails: 0")).isVisible();
        click(page, "Erase for good");

        assertThat(page).hasURL(Pattern.compile(".*/clients/accounts"));
        assertThat(page.getByText("Lucia Bianchi").first()).isVisible();
        assertThat(page.getByText("Zeno Partente")).hasCount(0);
        page.getByLabel("Archived", new Page.GetByLabelOptions().setExact(true)).check();
        assertThat(page.getByText("Marta Archiviata").first()).isVisible();
        assertThat(page.getByText("Zeno Partente")).hasCount(0);
        page.getByLabel("Archived", new Page.GetByLabelOptions().setExact(true)).uncheck();
        page.locator("input[placeholder='Search clients']").fill("Partente");
        assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("Partente")))).hasCount(0);

        page.navigate(url);
        assertThat(page.getByText("Page not found")).isVisible();
    }
}
