package io.portico.ui.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.ContactLink;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import io.portico.ui.account.AccountView;
import io.portico.ui.support.StaffViewTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 13, item 6: the account's Email tab, an open thread, and the Overview's Email section. */
class EmailViewsTest extends StaffViewTest {

    private static final String FIRM = "studio@studio-bianchi.it";
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    ContactPort contacts;
    @Autowired
    AccountPort accounts;
    @Autowired
    Transactions transactions;
    @Autowired
    DSLContext dsl;

    private SyncedMail mail;
    private String client;
    private Account account;

    @BeforeEach
    void anAccountWhoseClientHasEmailSyncOn() {
        mail = new SyncedMail(dsl);
        StaffId owner = new StaffId(signInAsOwner().id());
        String run = UUID.randomUUID().toString().substring(0, 8);
        client = "mario." + run + "@example.com";
        var contact = transactions.inTransaction(() -> AccountFixtures.contact(contacts, owner, "Mario", "Posta", client));
        account = AccountFixtures.individual("Posta " + run, Set.of(owner),
                ContactLink.of(contact, "", List.of(new EmailAccess(new EmailAddress(client), false, false, true))));
        transactions.inTransaction(() -> accounts.add(account, owner, Instant.now()));
    }

    private UUID threadWith(String subject, Instant at) {
        UUID thread = mail.thread(subject, at);
        mail.message(thread, client, List.of(FIRM), List.of(), at, "Text of " + subject, null, 0);
        return thread;
    }

    private EmailTab emailTab(Map<String, String> query) {
        var parameters = new java.util.HashMap<>(query);
        parameters.put(AccountView.TAB, AccountView.EMAIL_TAB);
        UI.getCurrent().navigate(AccountView.class, account.id().value().toString(), QueryParameters.simple(parameters));
        return find(EmailTab.class).single();
    }

    private List<String> subjects(EmailTab tab) {
        return find(Button.class, tab.threads).withClassName("email-thread-subject").all().stream().map(Button::getText).toList();
    }

    @Test
    void issue13_item6_an_account_without_synced_mail_says_so() {
        EmailTab tab = emailTab(Map.of());

        assertThat(find(Span.class, tab.threads).all()).extracting(Span::getText)
                .containsExactly("No synced email yet. Mail exchanged with the account's addresses that have EMAIL SYNC on shows here.");
        assertThat(tab.more.isVisible()).isFalse();
    }

    @Test
    void issue13_item6_threads_come_newest_first_a_page_at_a_time() {
        for (int i = 0; i < EmailTab.PAGE + 1; i++) {
            threadWith("Thread " + i, NOW.minusSeconds(3600L * (EmailTab.PAGE + 1 - i)));
        }
        EmailTab tab = emailTab(Map.of());

        assertThat(subjects(tab)).hasSize(EmailTab.PAGE).first().isEqualTo("Thread " + EmailTab.PAGE);
        assertThat(tab.more.isVisible()).isTrue();
        test(tab.more).click();

        assertThat(subjects(tab)).hasSize(EmailTab.PAGE + 1).last().isEqualTo("Thread 0");
        assertThat(tab.more.isVisible()).isFalse();
        assertThat(find(Span.class, tab.threads).all()).extracting(Span::getText).contains(client)
                .anySatisfy(text -> assertThat(text).endsWith(" · 1 message"));
    }

    @Test
    void issue13_item6_an_open_thread_shows_its_messages_oldest_first_safely_with_files_and_images_on_request() {
        UUID thread = mail.thread("Tax return", NOW.minusSeconds(600));
        mail.message(thread, client, List.of(FIRM), List.of(), NOW.minusSeconds(600), "Here is my question.", null, 0);
        UUID answer = mail.message(thread, FIRM, List.of(client), List.of("giulia@example.com"), NOW.minusSeconds(60), "Answer",
                "<p>See attached</p><script>alert(1)</script><img src=\"https://track.example/p.gif\" alt=\"logo\">", 2);
        mail.file(answer, 0, "return.pdf", "PDF".getBytes(StandardCharsets.UTF_8));
        mail.file(answer, 1, "scan.tif", null);
        EmailTab tab = emailTab(Map.of());

        test(find(Button.class, tab.threads).withText("Tax return").single()).click();

        EmailThreadPanel panel = find(EmailThreadPanel.class, tab.open).single();
        assertThat(find(Span.class, panel).all()).extracting(Span::getText)
                .containsSubsequence("From: " + client, "To: " + FIRM, "From: " + FIRM, "To: " + client, "Cc: giulia@example.com")
                .contains("scan.tif (too large to keep)");
        assertThat(find(Paragraph.class, panel).single().getText()).isEqualTo("Here is my question.");
        EmailThreadPanel.HtmlBody html = find(EmailThreadPanel.HtmlBody.class, panel).single();
        String srcdoc = html.frame.getSrcdoc().orElseThrow();
        assertThat(srcdoc).contains("<p>See attached</p>", "logo").doesNotContain("script", "alert", "track.example");
        assertThat(html.frame.getSandbox().orElseThrow()).doesNotContain(IFrame.SandboxType.ALLOW_SCRIPTS, IFrame.SandboxType.ALLOW_SAME_ORIGIN);
        assertThat(html.showImages.isVisible()).isTrue();

        test(html.showImages).click();

        assertThat(html.frame.getSrcdoc().orElseThrow()).contains("https://track.example/p.gif");
        assertThat(html.showImages.isVisible()).isFalse();
        var downloaded = new ByteArrayOutputStream();
        test(find(Anchor.class, panel).single()).download(downloaded);
        assertThat(downloaded.toString(StandardCharsets.UTF_8)).isEqualTo("PDF");
    }

    @Test
    void issue13_item6_back_returns_from_a_thread_to_the_list() {
        UUID thread = threadWith("Invoice", NOW);
        EmailTab tab = emailTab(Map.of(EmailTabs.THREAD, thread.toString()));
        assertThat(tab.open.isVisible()).isTrue();

        test(find(Button.class, tab.open).withText("Back to the threads").single()).click();

        assertThat(tab.open.isVisible()).isFalse();
        assertThat(subjects(tab)).containsExactly("Invoice");
    }

    @Test
    void issue13_route_authorisation_another_accounts_thread_named_in_the_address_opens_nothing() {
        UUID elsewhere = mail.thread("Someone else's", NOW);
        mail.message(elsewhere, "other." + UUID.randomUUID() + "@example.com", List.of(FIRM), List.of(), NOW, "Private", null, 0);
        threadWith("Ours", NOW.minusSeconds(60));

        EmailTab tab = emailTab(Map.of(EmailTabs.THREAD, elsewhere.toString()));

        assertThat(tab.open.isVisible()).isFalse();
        assertThat(find(EmailThreadPanel.class, tab).all()).isEmpty();
        assertThat(subjects(tab)).containsExactly("Ours");
    }

    @Test
    void issue13_item6_the_overview_lists_the_latest_five_threads_each_opening_it_on_the_email_tab() {
        List<UUID> threads = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            threads.add(threadWith("Subject " + i, NOW.minusSeconds(3600L * (6 - i))));
        }
        AccountView view = navigate(AccountView.class, account.id().value().toString());
        List<RouterLink> links = find(RouterLink.class, view).all().stream()
                .filter(link -> link.getQueryParameters().map(q -> q.getParameters().containsKey(EmailTabs.THREAD)).orElse(false)).toList();

        assertThat(links).hasSize(5);
        assertThat(links.getFirst().getText()).endsWith(" · Subject 5 · 1 message");
        assertThat(links.getFirst().getQueryParameters().flatMap(q -> q.getSingleParameter("tab"))).contains("email");

        test(links.getFirst()).click();

        EmailThreadPanel panel = find(EmailThreadPanel.class).single();
        assertThat(find(com.vaadin.flow.component.html.H3.class, panel).single().getText()).isEqualTo("Subject 5");
    }
}
