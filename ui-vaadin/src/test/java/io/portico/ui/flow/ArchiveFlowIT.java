package io.portico.ui.flow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountName;
import io.portico.domain.account.AccountType;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactName;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.staff.StaffId;
import io.portico.ui.support.FreshDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Issue 14, item 1 in Chromium: staff archive an account, it leaves the list and is found under Archived; the client
 * signed in to its portal loses it on the next click; staff restore it and the client has it again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {FreshDatabase.DATA_DIR, "vaadin.devmode.devTools.enabled=false", "portico.test.flow=archive-flow"})
@DirtiesContext // each flow class starts on a new installation of its own
class ArchiveFlowIT {

    private static final String STAFF_EMAIL = "anna@studio-bianchi.it";
    private static final String STAFF_PASSWORD = "tax season never ends";
    private static final String CLIENT_EMAIL = "giulia@archivio.it";
    private static final String CLIENT_PASSWORD = "my own portal passphrase";
    private static final String ACCOUNT = "Archivio household";
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
    void issue14_1_an_archived_account_leaves_the_list_and_the_portal_until_it_is_restored() {
        StaffId owner = setUp.setUp(SetUpFirmCommand.of("Studio Bianchi", "Anna", "Bianchi", STAFF_EMAIL, STAFF_PASSWORD)).id();
        EmailAddress email = new EmailAddress(CLIENT_EMAIL);
        AccountId account = createAccount.create(new CreateAccountCommand(owner, AccountType.INDIVIDUAL, Optional.of(new AccountName(ACCOUNT)),
                Optional.empty(), PostalAddress.NONE, Set.of(owner), List.of(new ContactEntry.CreateNew(new ContactName("Giulia", "Archivio"),
                new ContactEmails(List.of(email)), "", PostalAddress.NONE, "", List.of(new EmailAccess(email, true, false, false))))));
        portalUsers.add(PortalUser.activate(email, hasher.hash(CLIENT_PASSWORD), Instant.now()));
        Page staff = browser.newPage();
        Page client = browser.newPage(); // its own browser context: its own cookies and session
        try {
            archiveAndRestore(staff, client, account);
        } catch (RuntimeException | AssertionError e) {
            staff.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/archive-flow-staff.png")).setFullPage(true));
            client.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/archive-flow-client.png")).setFullPage(true));
            throw e;
        }
    }

    private void archiveAndRestore(Page staff, Page client, AccountId account) {
        client.navigate(url("/portal/login"));
        field(client, "Email").fill(CLIENT_EMAIL);
        field(client, "Password").fill(CLIENT_PASSWORD);
        click(client, "Sign in");
        assertThat(client.getByText("You are in " + ACCOUNT)).isVisible();

        staff.navigate(url("/login"));
        field(staff, "Email").fill(STAFF_EMAIL);
        field(staff, "Password").fill(STAFF_PASSWORD);
        click(staff, "Sign in");
        TwoFactorSteps.enrolAuthenticator(staff); // issue 10: new firms require it of the owner
        assertThat(staff.getByText("Signed in as Anna Bianchi")).isVisible();

        // Edit account → Archive, confirmed: the profile says so and offers Restore
        staff.navigate(url("/account/" + account.value()));
        click(staff, "Edit account");
        click(staff, "Archive");
        assertThat(staff.getByText("Archive " + ACCOUNT + "?")).isVisible();
        staff.locator("[slot='confirm-button']").filter(new Locator.FilterOptions().setVisible(true)).first().click();
        assertThat(staff.getByText("Archived on")).isVisible();

        // gone from the list, found under Archived
        staff.navigate(url("/clients/accounts"));
        assertThat(staff.getByText("Accounts").first()).isVisible();
        assertThat(staff.getByText(ACCOUNT)).hasCount(0);
        staff.getByLabel("Archived", new Page.GetByLabelOptions().setExact(true)).check();
        assertThat(staff.getByText(ACCOUNT)).isVisible();

        // the client's next click shows the account is gone
        client.getByText("My profile").first().click();
        assertThat(client.getByText("This account is no longer available to you")).isVisible();

        // Restore: the client has it again
        staff.navigate(url("/account/" + account.value()));
        click(staff, "Restore");
        assertThat(staff.getByText("Archived on")).hasCount(0);
        assertThat(staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit account"))).isVisible();

        client.navigate(url("/portal"));
        assertThat(client.getByText("You are in " + ACCOUNT)).isVisible();
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
}
