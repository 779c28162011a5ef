package io.portico.ui.flow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.account.port.in.CreateAccountCommand;
import io.portico.application.account.port.in.CreateAccountUseCase;
import io.portico.application.firm.port.in.SetUpFirmCommand;
import io.portico.application.firm.port.in.SetUpFirmUseCase;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountType;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactName;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.staff.StaffId;
import io.portico.ui.support.FreshDatabase;
import java.nio.file.Path;
import java.time.Duration;
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
 * Issue 12, item 8 in Chromium: on an account's Info tab, <b>Add contact</b> finds an existing contact by part of
 * its name, LOGIN goes on for its address with <b>Send</b>, and the invitation arrives over IMAP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {FreshDatabase.DATA_DIR, "vaadin.devmode.devTools.enabled=false", "portico.test.flow=add-contact-flow"})
@DirtiesContext // each flow starts on a new installation of its own
class AddContactFlowIT {

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
    io.portico.mail.embedded.EmbeddedMailServer mailServer;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    private AccountId account(StaffId owner, String first, String last, String email) {
        return createAccount.create(new CreateAccountCommand(owner, AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(new ContactEntry.CreateNew(new ContactName(first, last),
                        new ContactEmails(List.of(new EmailAddress(email))), "", PostalAddress.NONE, "", List.of()))));
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).filter(new Locator.FilterOptions().setVisible(true));
    }

    private static void click(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true)).first().click();
    }

    @Test
    void issue12_an_existing_contact_is_added_from_the_info_tab_and_invited() throws Exception {
        StaffId owner = setUp.setUp(SetUpFirmCommand.of("Studio Bianchi", "Anna", "Bianchi", EMAIL, PASSWORD)).id();
        AccountId rossi = account(owner, "Mario", "Rossi", "mario@rossi.it");
        account(owner, "Ada", "Bruni", "ada@bruni.it");
        Page page = browser.newPage();
        try {
            flow(page, rossi);
        } catch (RuntimeException | AssertionError e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/add-contact-flow-failure.png")).setFullPage(true));
            throw e;
        }
    }

    private void flow(Page page, AccountId rossi) throws Exception {
        page.navigate("http://localhost:" + port + "/login");
        field(page, "Email").fill(EMAIL);
        field(page, "Password").fill(PASSWORD);
        click(page, "Sign in");
        TwoFactorSteps.enrolAuthenticator(page); // issue 10: new firms require it of the owner
        assertThat(page.getByText("Signed in as Anna Bianchi")).isVisible();

        page.navigate("http://localhost:" + port + "/account/" + rossi.value());
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Info")).click();
        click(page, "Add contact");

        // type part of the name, pick the match
        field(page, "Link an existing contact").fill("brun");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("Ada Bruni"))).click();
        assertThat(page.getByText("Linking the existing contact Ada Bruni")).isVisible();
        Locator dialog = page.getByRole(AriaRole.DIALOG).last();
        dialog.getByLabel("LOGIN", new Locator.GetByLabelOptions().setExact(true)).check();
        click(page, "Add");

        // B1: the invitation question, Send with a personal message
        field(page, "Personal message").fill("Welcome to the portal, Ada!");
        click(page, "Send");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ada Bruni"))).isVisible();

        // the invitation arrives over SMTP, read over IMAP as a mail client would
        String mail = new ImapMailbox(mailServer.host(), mailServer.imapPort()).awaitText("ada@bruni.it", "portal", Duration.ofSeconds(60));
        org.assertj.core.api.Assertions.assertThat(mail).contains("Welcome to the portal, Ada!").contains("/portal/activate?token=");
    }
}
