package io.portico.ui.flow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.account.port.in.CreateAccountCommand;
import io.portico.application.account.port.in.CreateAccountUseCase;
import io.portico.application.contact.port.out.ContactPort;
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
import io.portico.mail.embedded.EmbeddedMailServer;
import io.portico.ui.support.FreshDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Issue 5's flows in Chromium: an invitation sent on creation arrives over SMTP, the client sets a
 * password through its link and is in the portal, and loses the account on the next click once staff
 * turn LOGIN off; a client with two accounts picks one and switches to the other; a client signs up and
 * confirms by mail; a client resets a forgotten password by mail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {FreshDatabase.DATA_DIR, "vaadin.devmode.devTools.enabled=false", "portico.test.flow=portal-flow"})
@DirtiesContext // each flow class starts on a new installation of its own
class PortalFlowIT {

    private static final String STAFF_EMAIL = "anna@studio-bianchi.it";
    private static final String STAFF_PASSWORD = "tax season never ends";
    private static final String CLIENT_PASSWORD = "my own portal passphrase";
    private static final Pattern LINK = Pattern.compile("https?://\\S+?(/portal/activate\\?token=[A-Za-z0-9_-]+)");
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
    @Autowired
    EmbeddedMailServer mailServer;

    @Autowired
    ContactPort contacts;

    private static StaffId owner;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void firm() {
        if (!firm.isSetUp()) {
            owner = setUp.setUp(SetUpFirmCommand.of("Studio Bianchi", "Anna", "Bianchi", STAFF_EMAIL, STAFF_PASSWORD)).id();
        }
    }

    @Test
    void B1_B2_B6_invited_on_creation_the_client_sets_a_password_and_loses_the_account_when_login_goes_off() throws Exception {
        Page staff = browser.newPage();
        Page client = browser.newPage(); // its own browser context: its own cookies and session
        try {
            invitationFlow(staff, client);
        } catch (RuntimeException | AssertionError e) {
            staff.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/portal-flow-staff.png")).setFullPage(true));
            client.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/portal-flow-client.png")).setFullPage(true));
            throw e;
        }
    }

    private void invitationFlow(Page staff, Page client) throws Exception {
        staff.navigate(url("/login"));
        field(staff, "Email").fill(STAFF_EMAIL);
        field(staff, "Password").fill(STAFF_PASSWORD);
        click(staff, "Sign in");
        TwoFactorSteps.enrolAuthenticator(staff); // issue 10: new firms require it of the owner

        // B1 on creation: LOGIN on for the new contact's address, Send with a personal message
        click(staff, "New account");
        click(staff, "Continue");
        field(staff, "First name").fill("Mario");
        field(staff, "Last name").fill("Rossi");
        field(staff, "Email").fill("mario@rossi.it");
        field(staff, "Email").blur();
        staff.getByLabel("LOGIN", new Page.GetByLabelOptions().setExact(true)).check();
        click(staff, "Create");
        field(staff, "Personal message").fill("Welcome to our new portal, Mario!");
        click(staff, "Send");
        assertThat(staff).hasURL(Pattern.compile(".*/account/.*"));
        String accountName = staff.getByRole(AriaRole.HEADING).first().textContent().strip();

        // the invitation arrives over SMTP, read over IMAP as a mail client would
        String mail = new ImapMailbox(mailServer.host(), mailServer.imapPort())
                .awaitText("mario@rossi.it", "portal", Duration.ofSeconds(60));
        assertThat(mail).contains("Welcome to our new portal, Mario!");
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).as("an activation link in %s", mail).isTrue();

        // B2: the client follows it, sets a password and is in the portal, in the account
        client.navigate(url(link.group(1)));
        assertThat(client.getByText("Set a password for mario@rossi.it")).isVisible();
        field(client, "Password").fill(CLIENT_PASSWORD);
        field(client, "Repeat the new password").fill(CLIENT_PASSWORD);
        click(client, "Activate and sign in");
        assertThat(client.getByText("You are in " + accountName)).isVisible();

        // B6: staff turn LOGIN off on the Info tab; the client's next click shows the account is gone
        staff.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Info")).click();
        staff.getByLabel("LOGIN", new Page.GetByLabelOptions().setExact(true)).first().uncheck();
        assertThat(staff.getByText("on → off")).isVisible(); // saved: the access history has the change

        client.getByText("My profile").first().click();
        assertThat(client.getByText("This account is no longer available to you")).isVisible();
    }

    @Test
    void B7_a_client_with_two_accounts_picks_one_then_switches_to_the_other() {
        String email = "giulia@verdi.it";
        ContactEntry.CreateNew giulia = new ContactEntry.CreateNew(new ContactName("Giulia", "Verdi"),
                new ContactEmails(List.of(new EmailAddress(email))), "", PostalAddress.NONE, "",
                List.of(new EmailAccess(new EmailAddress(email), true, false, false)));
        createAccount.create(individual("Verdi household", giulia));
        var contact = contacts.findByEmail(new EmailAddress(email)).orElseThrow().id();
        createAccount.create(individual("Verdi Consulting", new ContactEntry.LinkExisting(contact, "",
                List.of(new EmailAccess(new EmailAddress(email), true, false, false)))));
        portalUsers.add(PortalUser.activate(new EmailAddress(email), hasher.hash(CLIENT_PASSWORD), Instant.now()));

        Page client = browser.newPage();
        client.navigate(url("/portal/login"));
        field(client, "Email").fill(email);
        field(client, "Password").fill(CLIENT_PASSWORD);
        click(client, "Sign in");

        assertThat(client.getByText("Choose an account")).isVisible();
        click(client, "Verdi household");
        assertThat(client.getByText("You are in Verdi household")).isVisible();

        client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch account")).first().click();
        click(client, "Verdi Consulting");
        assertThat(client.getByText("You are in Verdi Consulting")).isVisible();
    }

    @Test
    void B9_a_client_signs_up_confirms_by_mail_and_is_in_the_portal_of_the_new_account() throws Exception {
        Page client = browser.newPage();
        client.navigate(url("/portal/signup"));
        field(client, "First name").fill("Paolo");
        field(client, "Last name").fill("Neri");
        field(client, "Email").fill("paolo@neri.it");
        client.getByText("Individual", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(field(client, "Password")).hasCount(0); // issue 10, item 12: not before the address is verified
        click(client, "Sign up");
        assertThat(client.getByText("Check your mail")).isVisible();

        String mail = new ImapMailbox(mailServer.host(), mailServer.imapPort())
                .awaitText("paolo@neri.it", "sign-up", Duration.ofSeconds(60));
        Matcher link = Pattern.compile("https?://\\S+?(/portal/signup/verify\\?token=[A-Za-z0-9_-]+)").matcher(mail);
        assertThat(link.find()).as("a verification link in %s", mail).isTrue();
        client.navigate(url(link.group(1)));
        field(client, "Password").fill(CLIENT_PASSWORD);
        field(client, "Repeat the new password").fill(CLIENT_PASSWORD);
        click(client, "Create my account");

        assertThat(client.getByText("You are in Paolo Neri")).isVisible();
    }

    @Test
    void B11_a_client_who_forgot_the_password_sets_a_new_one_through_the_mailed_link() throws Exception {
        String email = "carla@conti.it";
        createAccount.create(individual("Conti household", new ContactEntry.CreateNew(new ContactName("Carla", "Conti"),
                new ContactEmails(List.of(new EmailAddress(email))), "", PostalAddress.NONE, "",
                List.of(new EmailAccess(new EmailAddress(email), true, false, false)))));
        portalUsers.add(PortalUser.activate(new EmailAddress(email), hasher.hash("a forgotten passphrase"), Instant.now()));

        Page client = browser.newPage();
        client.navigate(url("/portal/login"));
        client.getByText("Forgot password?").click();
        assertThat(client).hasURL(Pattern.compile(".*/portal/forgot-password"));
        field(client, "Email").fill(email);
        click(client, "Send reset link");
        assertThat(client.getByText("a link to choose a new password is on its way")).isVisible();

        String mail = new ImapMailbox(mailServer.host(), mailServer.imapPort())
                .awaitText(email, "Reset your password", Duration.ofSeconds(60));
        Matcher link = Pattern.compile("https?://\\S+?(/portal/reset-password\\?token=[A-Za-z0-9_-]+)").matcher(mail);
        assertThat(link.find()).as("a reset link in %s", mail).isTrue();
        client.navigate(url(link.group(1)));
        field(client, "New password").fill(CLIENT_PASSWORD);
        field(client, "Repeat the new password").fill(CLIENT_PASSWORD);
        click(client, "Save password");

        assertThat(client.getByText("You are in Conti household")).isVisible();
    }

    private static CreateAccountCommand individual(String name, ContactEntry contact) {
        return new CreateAccountCommand(owner, AccountType.INDIVIDUAL, Optional.of(new AccountName(name)), Optional.empty(),
                PostalAddress.NONE, Set.of(owner), List.of(contact));
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
