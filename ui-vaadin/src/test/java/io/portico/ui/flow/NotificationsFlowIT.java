package io.portico.ui.flow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.account.port.in.CreateAccountCommand;
import io.portico.application.account.port.in.CreateAccountUseCase;
import io.portico.application.account.port.in.InvitationRequest;
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
import io.portico.mail.embedded.EmbeddedMailServer;
import io.portico.ui.support.FreshDatabase;
import java.nio.file.Path;
import java.time.Duration;
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
 * Issue 11's flow in Chromium: staff send a message to an account with two NOTIFY addresses, one pending and one
 * active; both mails arrive over IMAP, the pending one with the activation banner (C3); the active client reads the
 * message in the portal and replies; the reply is in the staff member's Inbox+; the client turns off *Chats and
 * client tasks*, and the next message mails them nothing but still shows in their portal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {FreshDatabase.DATA_DIR, "vaadin.devmode.devTools.enabled=false", "portico.test.flow=notifications-flow"})
@DirtiesContext // each flow class starts on a new installation of its own
class NotificationsFlowIT {

    private static final String STAFF_EMAIL = "anna@studio-bianchi.it";
    private static final String STAFF_PASSWORD = "tax season never ends";
    private static final String CLIENT_PASSWORD = "my own portal passphrase";
    private static final String ACTIVE = "giulia@verdi.it";
    private static final String PENDING = "paolo@verdi.it";
    private static Browser browser;

    @LocalServerPort
    int port;
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

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void issue11_a_message_reaches_pending_and_active_addresses_the_client_replies_and_then_opts_out_of_chats() throws Exception {
        AccountId account = anAccountWithAnActiveAndAPendingNotifyAddress();
        Page staff = browser.newPage();
        Page client = browser.newPage(); // its own browser context: its own cookies and session
        try {
            flow(account, staff, client);
        } catch (RuntimeException | AssertionError e) {
            staff.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/notifications-flow-staff.png")).setFullPage(true));
            client.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/notifications-flow-client.png")).setFullPage(true));
            throw e;
        }
    }

    private void flow(AccountId account, Page staff, Page client) throws Exception {
        staff.navigate(url("/login"));
        field(staff, "Email").fill(STAFF_EMAIL);
        field(staff, "Password").fill(STAFF_PASSWORD);
        click(staff, "Sign in");
        TwoFactorSteps.enrolAuthenticator(staff); // issue 10: new firms require it of the owner
        assertThat(staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New account"))).isVisible(); // signed in

        // item 8: a message from the account's Messages tab
        sendMessage(staff, account, "Your tax return is ready", "Please read it before Friday.");

        // C1, C3: both NOTIFY addresses get it over SMTP; only the pending one carries the activation banner
        var mailbox = new ImapMailbox(mailServer.host(), mailServer.imapPort());
        String toPending = mailbox.awaitText(PENDING, "Your tax return is ready", Duration.ofSeconds(60));
        String toActive = mailbox.awaitText(ACTIVE, "Your tax return is ready", Duration.ofSeconds(60));
        assertThat(toPending).contains("Please read it before Friday.").contains("Activate your account")
                .containsPattern("/portal/activate\\?token=[A-Za-z0-9_-]+");
        assertThat(toActive).contains("Please read it before Friday.").doesNotContain("Activate your account");

        // item 9: the active client reads it in the portal (unread until opened) and replies in the thread
        client.navigate(url("/portal/login"));
        field(client, "Email").fill(ACTIVE);
        field(client, "Password").fill(CLIENT_PASSWORD);
        click(client, "Sign in");
        client.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Messages"))).first().click();
        client.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your tax return is ready")).click();
        assertThat(client.getByText("Please read it before Friday.")).isVisible();
        client.locator("#reply-text textarea").fill("Thank you, I will sign it tomorrow.");
        client.locator("#reply-send").click();
        assertThat(client.getByText("Thank you, I will sign it tomorrow.")).isVisible();

        // the reply reaches the team's Inbox+
        staff.navigate(url("/inbox"));
        assertThat(staff.getByText(Pattern.compile("replied to “Your tax return is ready”"))).isVisible();

        // item 1: the client turns off Chats and client tasks for this account
        client.navigate(url("/portal/profile/notifications"));
        client.getByText("Only the categories checked", new Page.GetByTextOptions().setExact(true)).click();
        client.getByLabel("Chats and client tasks", new Page.GetByLabelOptions().setExact(true)).uncheck();
        click(client, "Save");
        assertThat(client.getByText("Your choices are saved.")).isVisible();

        // the next message mails the pending address (still all categories) but not the client who opted out ...
        sendMessage(staff, account, "Second note", "The deadline moved to Monday.");
        mailbox.awaitText(PENDING, "Second note", Duration.ofSeconds(60));
        assertThat(mailbox.count(ACTIVE, "Second note")).as("mails to the client who turned Chats off").isZero();

        // ... and still shows in the client's portal
        client.navigate(url("/portal/messages"));
        assertThat(client.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Second note"))).isVisible();
    }

    private void sendMessage(Page staff, AccountId account, String subject, String text) {
        staff.navigate(url("/account/" + account.value() + "?tab=messages"));
        staff.locator("#new-message").click();
        staff.locator("#message-subject input").fill(subject);
        staff.locator("#message-text textarea").fill(text);
        staff.locator("#message-send").click();
        assertThat(staff.getByText(subject).first()).isVisible();
    }

    private AccountId anAccountWithAnActiveAndAPendingNotifyAddress() {
        StaffId owner = setUp.setUp(SetUpFirmCommand.of("Studio Bianchi", "Anna", "Bianchi", STAFF_EMAIL, STAFF_PASSWORD)).id();
        portalUsers.add(PortalUser.activate(new EmailAddress(ACTIVE), hasher.hash(CLIENT_PASSWORD), Instant.now()));
        var command = new CreateAccountCommand(owner, AccountType.INDIVIDUAL, Optional.of(new AccountName("Verdi household")),
                Optional.empty(), PostalAddress.NONE, Set.of(owner), List.of(contact("Giulia", ACTIVE), contact("Paolo", PENDING)));
        // LOGIN on with Send: the pending address is invited; the active one, already a portal user, is not
        return createAccount.create(command.withInvitation(Optional.of(new InvitationRequest(""))));
    }

    private static ContactEntry contact(String firstName, String email) {
        return new ContactEntry.CreateNew(new ContactName(firstName, "Verdi"), new ContactEmails(List.of(new EmailAddress(email))),
                "", PostalAddress.NONE, "", List.of(new EmailAccess(new EmailAddress(email), true, true, false)));
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
