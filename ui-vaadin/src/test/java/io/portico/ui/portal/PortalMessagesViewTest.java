package io.portico.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.message.ReplyNotices;
import io.portico.application.message.port.in.AccountMessagesQuery;
import io.portico.application.message.port.in.MessageDraft;
import io.portico.application.message.port.in.MessageView;
import io.portico.application.message.port.in.SendMessageCommand;
import io.portico.application.message.port.in.SendMessageUseCase;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.domain.account.Account;
import io.portico.domain.message.MessageId;
import io.portico.domain.message.ThreadId;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.FileAttachment;
import io.portico.domain.staff.StaffId;
import io.portico.ui.message.ThreadPanel;
import io.portico.ui.support.StaffViewTest;
import io.portico.ui.support.TestFirm;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 11, item 9: the portal's Messages — unread count in the sidebar, reading a thread, replying in it. */
class PortalMessagesViewTest extends StaffViewTest {

    private static final String PASSWORD = "my portal passphrase";

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
    SendMessageUseCase send;
    @Autowired
    AccountMessagesQuery staffMessages;
    @Autowired
    NotificationPort inbox;

    private StaffId owner;
    private String email;
    private Account account;

    @BeforeEach
    void aClientWithLoginOnAnAccount() {
        owner = authenticate.authenticate(TestFirm.OWNER_EMAIL, TestFirm.OWNER_PASSWORD).orElseThrow().id();
        email = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var client = transactions.inTransaction(() -> AccountFixtures.contact(contacts, owner, "Mario", "Lettore", email));
        account = AccountFixtures.individual("Lettore " + email, Set.of(owner), AccountFixtures.loginFor(client, email));
        transactions.inTransaction(() -> {
            accounts.add(account, owner, Instant.now());
            users.add(PortalUser.activate(new EmailAddress(email), hasher.hash(PASSWORD), Instant.now()));
        });
    }

    private MessageId sendMessage(String subject, FileAttachment... files) {
        return send.send(new SendMessageCommand(List.of(account.id()), new MessageDraft(subject, "Dear client, " + subject, List.of(files)),
                owner)).get(account.id());
    }

    private ThreadId thread(String subject) {
        return staffMessages.threads(owner, account.id(), 10).stream().filter(t -> t.subject().equals(subject)).findFirst().orElseThrow().id();
    }

    private void signIn() {
        PortalLoginView login = navigate(PortalLoginView.class);
        test(login.email).setValue(email);
        test(login.password).setValue(PASSWORD);
        test(login.submit).click();
    }

    private PortalLayout layout() {
        return find(PortalLayout.class).single();
    }

    @Test
    void issue11_9_the_sidebar_counts_unread_messages_and_opening_a_thread_marks_it_read() {
        sendMessage("Tax return");
        sendMessage("Invoice", new FileAttachment("invoice.pdf", "application/pdf", "INVOICE".getBytes(StandardCharsets.UTF_8)));
        signIn();
        assertThat(layout().unread.isVisible()).isTrue();
        assertThat(layout().unread.getText()).isEqualTo("2");

        PortalMessagesView list = navigate(PortalMessagesView.class);
        assertThat(find(RouterLink.class, list.content).all()).extracting(RouterLink::getText).containsExactly("Invoice", "Tax return");
        assertThat(find(Span.class, list.content).withText("new").all()).hasSize(2);

        PortalMessagesView opened = navigate(PortalMessagesView.class, thread("Invoice").value().toString());
        assertThat(opened.title.getText()).isEqualTo("Invoice");
        ThreadPanel panel = find(ThreadPanel.class, opened).single();
        assertThat(find(Span.class, panel).all()).extracting(Span::getText).anySatisfy(text -> assertThat(text).startsWith("Anna Bianchi · "))
                .noneSatisfy(text -> assertThat(text).contains("NOTIFY"));
        var downloaded = new ByteArrayOutputStream();
        test(find(Anchor.class, panel).single()).download(downloaded);
        assertThat(downloaded.toString(StandardCharsets.UTF_8)).isEqualTo("INVOICE");
        assertThat(layout().unread.getText()).isEqualTo("1");

        navigate(PortalMessagesView.class, thread("Tax return").value().toString());
        assertThat(layout().unread.isVisible()).isFalse();
    }

    @Test
    void issue11_9_a_reply_with_a_file_shows_in_the_thread_and_reaches_the_team_in_inbox() {
        sendMessage("Documents");
        signIn();
        PortalMessagesView view = navigate(PortalMessagesView.class, thread("Documents").value().toString());
        test(view.replyText).setValue("Here they are.");
        test(find(Upload.class, view).single()).upload("scan.pdf", "application/pdf", "SCAN".getBytes(StandardCharsets.UTF_8));
        roundTrip();
        test(view.send).click();

        assertThat(staffMessages.threads(owner, account.id(), 10).getFirst().messages())
                .extracting(MessageView::sender, MessageView::text, MessageView::fromFirm)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Anna Bianchi", "Dear client, Documents", true),
                        org.assertj.core.groups.Tuple.tuple(email, "Here they are.", false));
        assertThat(find(ThreadPanel.class, view).single().getChildren().count()).isEqualTo(2);
        assertThat(inbox.latest(owner, 20)).anySatisfy(notice -> {
            assertThat(notice.messageKey()).isEqualTo(ReplyNotices.CLIENT_REPLIED);
            assertThat(notice.arguments()).containsExactly(email, account.name().value(), "Documents");
            assertThat(notice.link()).isEqualTo("account/" + account.id().value() + "?tab=messages");
        });
    }

    @Test
    void issue11_9_a_blank_reply_is_refused_at_its_field_and_nothing_is_stored() {
        sendMessage("Question");
        signIn();
        PortalMessagesView view = navigate(PortalMessagesView.class, thread("Question").value().toString());
        test(view.send).click();

        assertThat(view.replyText.isInvalid()).isTrue();
        assertThat(view.replyText.getErrorMessage()).isEqualTo("Message: this field is required");
        assertThat(staffMessages.threads(owner, account.id(), 10).getFirst().messages()).hasSize(1);
    }

    @Test
    void issue11_9_no_messages_yet_says_so() {
        signIn();
        PortalMessagesView view = navigate(PortalMessagesView.class);
        assertThat(find(Span.class, view.content).withText("No messages from the firm yet.").all()).hasSize(1);
        assertThat(layout().unread.isVisible()).isFalse();
    }
}
