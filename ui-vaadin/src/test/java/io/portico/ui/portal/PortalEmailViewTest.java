package io.portico.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouterLink;
import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.ContactLink;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import io.portico.ui.email.EmailThreadPanel;
import io.portico.ui.email.SyncedMail;
import io.portico.ui.error.NotFoundView;
import io.portico.ui.support.StaffViewTest;
import io.portico.ui.support.TestFirm;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 13, item 10 (D4): the portal's Email tab — the client's own mail only, and only with EMAIL SYNC on. */
class PortalEmailViewTest extends StaffViewTest {

    private static final String PASSWORD = "my portal passphrase";
    private static final String FIRM = "studio@studio-bianchi.it";

    @Autowired
    ContactPort contacts;
    @Autowired
    AccountPort accounts;
    @Autowired
    PortalUserPort users;
    @Autowired
    PasswordHasher hasher;
    @Autowired
    Transactions transactions;
    @Autowired
    DSLContext dsl;

    private SyncedMail mail;
    private String mario;
    private String giulia;
    private String unsynced;

    /** One account: Mario and Giulia with LOGIN and EMAIL SYNC, Ugo with LOGIN only; each signs in as a portal user. */
    @BeforeEach
    void anAccountWithTwoSyncedClientsAndOneWithout() {
        mail = new SyncedMail(dsl);
        StaffId owner = authenticate.authenticate(TestFirm.OWNER_EMAIL, TestFirm.OWNER_PASSWORD).orElseThrow().id();
        String run = UUID.randomUUID().toString().substring(0, 8);
        mario = "mario." + run + "@example.com";
        giulia = "giulia." + run + "@example.com";
        unsynced = "ugo." + run + "@example.com";
        List<ContactLink> links = List.of(link(owner, "Mario", mario, true), link(owner, "Giulia", giulia, true), link(owner, "Ugo", unsynced, false));
        Account account = AccountFixtures.individual("Posta " + run, java.util.Set.of(owner), links.toArray(ContactLink[]::new));
        transactions.inTransaction(() -> {
            accounts.add(account, owner, Instant.now());
            for (String email : List.of(mario, giulia, unsynced)) {
                users.add(PortalUser.activate(new EmailAddress(email), hasher.hash(PASSWORD), Instant.now()));
            }
        });
    }

    private ContactLink link(StaffId owner, String first, String email, boolean sync) {
        var contact = transactions.inTransaction(() -> AccountFixtures.contact(contacts, owner, first, "Posta", email));
        return ContactLink.of(contact, "", List.of(new EmailAccess(new EmailAddress(email), true, false, sync)));
    }

    private UUID threadWith(String client, String subject, Instant at) {
        UUID thread = mail.thread(subject, at);
        mail.message(thread, FIRM, List.of(client), List.of(), at, "Dear client, " + subject, null, 0);
        return thread;
    }

    private void signIn(String email) {
        PortalLoginView login = navigate(PortalLoginView.class);
        test(login.email).setValue(email);
        test(login.password).setValue(PASSWORD);
        test(login.submit).click();
    }

    @Test
    void issue13_item10_a_client_with_EMAIL_SYNC_sees_the_email_tab_with_their_own_threads_only() {
        Instant now = Instant.now();
        UUID own = threadWith(mario, "Your tax return", now.minusSeconds(60));
        UUID ownFile = mail.file(mail.message(own, mario, List.of(FIRM), List.of(), now, "Attached", null, 1), 0, "id.pdf",
                "ID".getBytes(StandardCharsets.UTF_8));
        threadWith(giulia, "Giulia's payroll", now);
        signIn(mario);
        assertThat(find(PortalLayout.class).single().emailItem.isVisible()).isTrue();

        PortalEmailView list = navigate(PortalEmailView.class);

        assertThat(find(RouterLink.class, list.content).all()).extracting(RouterLink::getText).containsExactly("Your tax return");
        PortalEmailView opened = navigate(PortalEmailView.class, own.toString());
        assertThat(opened.title.getText()).isEqualTo("Your tax return");
        var downloaded = new ByteArrayOutputStream();
        test(find(Anchor.class, find(EmailThreadPanel.class, opened).single()).single()).download(downloaded);
        assertThat(downloaded.toString(StandardCharsets.UTF_8)).isEqualTo("ID");
        assertThat(ownFile).isNotNull();
    }

    @Test
    void issue13_route_authorisation_another_contacts_thread_of_the_same_account_is_not_found_in_the_portal() {
        UUID giuliasThread = threadWith(giulia, "Giulia's payroll", Instant.now());
        signIn(mario);

        UI.getCurrent().navigate(PortalRoutes.EMAIL + "/" + giuliasThread);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(EmailThreadPanel.class).all()).isEmpty();
    }

    @Test
    void issue13_item10_without_EMAIL_SYNC_the_tab_is_hidden_and_its_page_not_found() {
        threadWith(unsynced, "Not synced", Instant.now());
        signIn(unsynced);
        assertThat(find(PortalLayout.class).single().emailItem.isVisible()).isFalse();

        UI.getCurrent().navigate(PortalRoutes.EMAIL);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
