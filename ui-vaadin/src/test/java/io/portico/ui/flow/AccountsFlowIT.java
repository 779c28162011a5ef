package io.portico.ui.flow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.account.port.in.CreateAccountCommand;
import io.portico.application.account.port.in.CreateAccountUseCase;
import io.portico.application.customfield.port.in.AddCustomFieldCommand;
import io.portico.application.customfield.port.in.AddCustomFieldUseCase;
import io.portico.application.firm.port.in.SetUpFirmCommand;
import io.portico.application.firm.port.in.SetUpFirmUseCase;
import io.portico.domain.account.AccountType;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactName;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.customfield.CustomFieldType;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PostalAddress;
import io.portico.ui.support.FreshDatabase;
import java.nio.file.Path;
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
 * Issue 4's flow in Chromium: a Company account with a new contact (two addresses) and an existing
 * one linked, found by an email fragment, NOTIFY turned on for the second address, a custom field
 * edited with its history, and a note added.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {FreshDatabase.DATA_DIR, "vaadin.devmode.devTools.enabled=false", "portico.test.flow=accounts-flow"})
@DirtiesContext // each flow starts on a new installation of its own
class AccountsFlowIT {

    private static final String EMAIL = "anna@studio-bianchi.it";
    private static final String PASSWORD = "tax season never ends";
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    SetUpFirmUseCase setUp;
    @Autowired
    AddCustomFieldUseCase addCustomField;
    @Autowired
    CreateAccountUseCase createAccount;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    /** A firm with a custom field for accounts and a client whose contact Lucia Bianchi already exists. */
    private void firmWithAnExistingContact() {
        var owner = setUp.setUp(SetUpFirmCommand.of("Studio Bianchi", "Anna", "Bianchi", EMAIL, PASSWORD));
        addCustomField.add(new AddCustomFieldCommand(owner.id(), CustomFieldScope.ACCOUNT, "Tax code", CustomFieldType.TEXT, List.of()));
        createAccount.create(new CreateAccountCommand(owner.id(), AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(new ContactEntry.CreateNew(new ContactName("Lucia", "Bianchi"),
                        new ContactEmails(List.of(new EmailAddress("lucia@bianchi.it"))), "", PostalAddress.NONE, "", List.of()))));
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).filter(new Locator.FilterOptions().setVisible(true));
    }

    private static void click(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true)).first().click();
    }

    @Test
    void A1_E2_F5_A7_F7_create_find_toggle_edit_and_note() {
        firmWithAnExistingContact();
        Page page = browser.newPage();
        try {
            flow(page);
        } catch (RuntimeException | AssertionError e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/accounts-flow-failure.png")).setFullPage(true));
            throw e;
        }
    }

    private void flow(Page page) {
        page.navigate("http://localhost:" + port + "/login");
        field(page, "Email").fill(EMAIL);
        field(page, "Password").fill(PASSWORD);
        click(page, "Sign in");
        TwoFactorSteps.enrolAuthenticator(page); // issue 10: new firms require it of the owner
        assertThat(page.getByText("Signed in as Anna Bianchi")).isVisible();

        // A1, A2: + New → Account, Company, two contacts
        click(page, "New account");
        page.getByText("Company", new Page.GetByTextOptions().setExact(true)).click();
        field(page, "Company name").fill("Rossi Srl");
        click(page, "Continue");
        field(page, "First name").fill("Mario");
        field(page, "Last name").fill("Rossi");
        field(page, "Email").fill("mario@rossi-srl.it");
        field(page, "Additional emails").fill("m.rossi@gmail.com");
        click(page, "Add another contact");
        field(page, "Email").nth(1).fill("lucia@bianchi.it");
        field(page, "Email").nth(1).blur();
        click(page, "Link Lucia Bianchi");
        assertThat(page.getByText("Linking the existing contact Lucia Bianchi")).isVisible();
        click(page, "Create");
        assertThat(page).hasURL(Pattern.compile(".*/account/.*"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Rossi Srl"))).isVisible();

        // E2: find it by a fragment of an address
        page.navigate("http://localhost:" + port + "/");
        page.locator("input[placeholder='Search clients']").fill("gmail");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("Rossi Srl"))).click();
        assertThat(page).hasURL(Pattern.compile(".*/account/.*"));

        // F3: the Overview lists both contacts; F5: NOTIFY on for Mario's second address on the Info tab
        assertThat(page.getByText("Lucia Bianchi").first()).isVisible();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Info")).click();
        Locator secondAddress = page.locator("vaadin-horizontal-layout").filter(new Locator.FilterOptions().setHasText("m.rossi@gmail.com"))
                .filter(new Locator.FilterOptions().setHas(page.getByLabel("NOTIFY"))).last();
        secondAddress.getByLabel("NOTIFY").check();
        assertThat(page.getByText("NOTIFY m.rossi@gmail.com")).isVisible();

        // A7: edit a custom field and see its history
        Locator details = page.locator(".account-details");
        details.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit").setExact(true)).click();
        details.getByLabel("Tax code").fill("RSSMRA80A01F205X");
        details.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(details.getByText("RSSMRA80A01F205X")).isVisible();
        details.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("History").setExact(true)).click();
        assertThat(page.getByText("History of “Tax code”")).isVisible();
        assertThat(page.getByText("RSSMRA80A01F205X").last()).isVisible();
        click(page, "Close");

        // F7: a note, on the Notes tab
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Notes")).click();
        Locator notes = page.locator(".notes");
        notes.getByLabel("New note").fill("Called about the VAT return");
        notes.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add note")).click();
        assertThat(notes.getByText("Called about the VAT return")).isVisible();
    }
}
