package io.portico.ui.flow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.account.port.in.CreateAccountCommand;
import io.portico.application.account.port.in.CreateAccountUseCase;
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
import jakarta.mail.Folder;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
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
 * Issue 13's flow in Chromium: the owner adds the firm's mailbox (the embedded mail server) on Settings → Mailboxes and
 * tests it; a client's mail arrives there, is synced, shows on the account's Email tab and in Inbox+; the owner replies
 * from the tab; the client receives the reply over IMAP, threaded, and reads the thread on the portal's Email tab.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {FreshDatabase.DATA_DIR, "vaadin.devmode.devTools.enabled=false", "portico.test.flow=email-sync-flow",
                "portico.email-sync.poll-interval=1s", "portico.email-sync.tick=1s"})
@DirtiesContext // each flow class starts on a new installation of its own
class EmailSyncFlowIT {

    private static final String STAFF_EMAIL = "anna@studio-bianchi.it";
    private static final String STAFF_PASSWORD = "tax season never ends";
    private static final String OFFICE = "office@studio-bianchi.it";
    private static final String CLIENT = "giulia@verdi.it";
    private static final String CLIENT_PASSWORD = "my own portal passphrase";
    private static final String SUBJECT = "Question about my tax return";
    private static final String CLIENT_MESSAGE_ID = "<tax-question-1@verdi.it>";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);
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
    void issue13_a_clients_mail_is_synced_answered_from_the_account_and_read_in_the_portal() throws Exception {
        AccountId account = anAccountWhoseClientHasLoginAndEmailSync();
        officeMailboxWithASentFolder();
        Page staff = browser.newPage();
        Page client = browser.newPage();
        try {
            flow(account, staff, client);
        } catch (RuntimeException | AssertionError e) {
            staff.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/email-sync-flow-staff.png")).setFullPage(true));
            client.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/email-sync-flow-client.png")).setFullPage(true));
            throw e;
        }
    }

    private void flow(AccountId account, Page staff, Page client) throws Exception {
        staff.navigate(url("/login"));
        field(staff, "Email").fill(STAFF_EMAIL);
        field(staff, "Password").fill(STAFF_PASSWORD);
        click(staff, "Sign in");
        TwoFactorSteps.enrolAuthenticator(staff);
        assertThat(staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New account"))).isVisible();

        addTheOfficeMailbox(staff);

        // D2: the client writes to the firm; the mailbox's sync keeps it, since the sender is a contact
        sendAsClient(SUBJECT, "Do I need to send you the receipts for the nursery?");
        Locator thread = staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(SUBJECT));
        awaitOnReload(staff, url("/account/" + account.value() + "?tab=email"), thread);

        // item 8: the account's team hears of it in Inbox+
        staff.navigate(url("/inbox"));
        assertThat(staff.getByText(Pattern.compile("New email from .*" + SUBJECT)).first()).isVisible();

        // item 7: the owner opens the thread and replies through the mailbox
        staff.navigate(url("/account/" + account.value() + "?tab=email"));
        thread.click();
        assertThat(staff.getByText("Do I need to send you the receipts for the nursery?")).isVisible();
        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reply").setExact(true)).first().click();
        staff.locator("#email-text textarea").fill("Yes please, all of them from last year.");
        staff.locator("#email-send").click();
        assertThat(staff.locator("#email-send")).isHidden();

        // the client gets the reply, threaded on their own message
        var mailbox = new ImapMailbox(mailServer.host(), mailServer.imapPort());
        assertThat(mailbox.awaitText(CLIENT, "Re: " + SUBJECT, MAIL_WAIT)).contains("Yes please, all of them from last year.");
        assertThat(mailbox.awaitHeader(CLIENT, "Re: " + SUBJECT, "In-Reply-To", MAIL_WAIT)).isEqualTo(CLIENT_MESSAGE_ID);

        // D4, item 10: the client reads the whole thread in the portal's Email tab
        client.navigate(url("/portal/login"));
        field(client, "Email").fill(CLIENT);
        field(client, "Password").fill(CLIENT_PASSWORD);
        click(client, "Sign in");
        client.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Email"))).first().click();
        client.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(SUBJECT)).click();
        assertThat(client.getByText("Do I need to send you the receipts for the nursery?")).isVisible();
        // the reply was written as HTML, which is shown sanitised in a sandboxed frame
        assertThat(client.frameLocator("iframe").last().getByText("Yes please, all of them from last year.")).isVisible();
    }

    /** D1, items 1–2: the mailbox on the embedded server, tested, then saved. */
    private void addTheOfficeMailbox(Page staff) {
        staff.navigate(url("/settings/mailboxes"));
        click(staff, "Add mailbox");
        field(staff, "Name").fill("Office");
        field(staff, "Mailbox address").fill(OFFICE);
        for (int server = 0; server < 2; server++) {
            int serverPort = server == 0 ? mailServer.imapPort() : mailServer.smtpPort();
            staff.getByLabel("Server", new Page.GetByLabelOptions().setExact(true)).nth(server).fill(mailServer.host());
            staff.getByLabel("Port", new Page.GetByLabelOptions().setExact(true)).nth(server).fill(String.valueOf(serverPort));
            staff.getByLabel("Security", new Page.GetByLabelOptions().setExact(true)).nth(server).click();
            staff.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^None"))).click();
            staff.getByLabel("User name", new Page.GetByLabelOptions().setExact(true)).nth(server).fill(OFFICE);
            staff.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).nth(server).fill(OFFICE); // the embedded server's convention
        }
        click(staff, "Test connection");
        assertThat(staff.getByText(Pattern.compile("IMAP.*: signed in"))).isVisible();
        assertThat(staff.getByText(Pattern.compile("SMTP.*: signed in"))).isVisible();
        click(staff, "Save");
        assertThat(staff.getByText(OFFICE)).isVisible();
    }

    private void sendAsClient(String subject, String text) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", mailServer.host());
        properties.put("mail.smtp.port", String.valueOf(mailServer.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties)) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", CLIENT_MESSAGE_ID); // known, to find it again in the reply's In-Reply-To
            }
        };
        message.setFrom(new InternetAddress(CLIENT));
        message.setRecipient(RecipientType.TO, new InternetAddress(OFFICE));
        message.setSubject(subject);
        message.setText(text);
        Transport.send(message);
    }

    /** Reloads the page until the element shows: the sync runs in the background, on its own schedule. */
    private static void awaitOnReload(Page page, String url, Locator shown) throws InterruptedException {
        Instant giveUp = Instant.now().plus(MAIL_WAIT);
        page.navigate(url);
        while (shown.count() == 0 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(1_000); // waiting for the background sync, not measuring it
            page.navigate(url);
        }
        assertThat(shown.first()).isVisible();
    }

    private void officeMailboxWithASentFolder() throws MessagingException {
        mailServer.createMailbox(OFFICE);
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(mailServer.host(), mailServer.imapPort(), OFFICE, OFFICE);
        try {
            Folder sent = store.getFolder("Sent");
            if (!sent.exists()) {
                sent.create(Folder.HOLDS_MESSAGES);
            }
        } finally {
            store.close();
        }
        mailServer.createMailbox(CLIENT);
    }

    private AccountId anAccountWhoseClientHasLoginAndEmailSync() {
        StaffId owner = setUp.setUp(SetUpFirmCommand.of("Studio Bianchi", "Anna", "Bianchi", STAFF_EMAIL, STAFF_PASSWORD)).id();
        portalUsers.add(PortalUser.activate(new EmailAddress(CLIENT), hasher.hash(CLIENT_PASSWORD), Instant.now()));
        var contact = new ContactEntry.CreateNew(new ContactName("Giulia", "Verdi"), new ContactEmails(List.of(new EmailAddress(CLIENT))),
                "", PostalAddress.NONE, "", List.of(new EmailAccess(new EmailAddress(CLIENT), true, false, true)));
        return createAccount.create(new CreateAccountCommand(owner, AccountType.INDIVIDUAL, Optional.of(new AccountName("Verdi household")),
                Optional.empty(), PostalAddress.NONE, Set.of(owner), List.of(contact)));
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
