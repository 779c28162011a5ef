package io.portico.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.message.ReplyNotices;
import io.portico.application.message.port.in.AccountMessagesQuery;
import io.portico.application.message.port.in.MessageView;
import io.portico.application.message.port.in.ThreadView;
import io.portico.application.shared.port.out.Links;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.inbox.InboxNotification;
import io.portico.domain.account.Account;
import io.portico.domain.staff.StaffId;
import io.portico.ui.inbox.InboxView;
import io.portico.ui.message.ComposeMessageDialog;
import io.portico.ui.message.FilePicker;
import io.portico.ui.message.ThreadPanel;
import io.portico.ui.support.StaffViewTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 11, items 8 and 9, on the account's profile: New message, the Messages tab, the Overview's section. */
class MessagesViewsTest extends StaffViewTest {

    @Autowired
    ContactPort contacts;
    @Autowired
    AccountPort accounts;
    @Autowired
    Transactions transactions;
    @Autowired
    AccountMessagesQuery messages;
    @Autowired
    NotificationPort inbox;
    @Autowired
    Links links;

    private StaffId owner;
    private Account account;

    @BeforeEach
    void anAccount() {
        owner = new StaffId(signInAsOwner().id());
        String run = UUID.randomUUID().toString().substring(0, 8);
        var contact = transactions.inTransaction(() -> AccountFixtures.contact(contacts, owner, "Mario", "Posta", "mario." + run + "@example.com"));
        account = AccountFixtures.individual("Posta " + run, Set.of(owner), AccountFixtures.loginFor(contact, "mario." + run + "@example.com"));
        transactions.inTransaction(() -> accounts.add(account, owner, Instant.now()));
    }

    private MessagesTab messagesTab() {
        AccountView view = navigate(AccountView.class, account.id().value().toString());
        view.tabs.setSelectedIndex(3);
        return find(MessagesTab.class).single();
    }

    private ComposeMessageDialog compose(String subject, String text) {
        test(messagesTab().newMessage).click();
        ComposeMessageDialog dialog = find(ComposeMessageDialog.class).single();
        test(find(TextField.class, dialog).withId("message-subject").single()).setValue(subject);
        test(find(TextArea.class, dialog).withId("message-text").single()).setValue(text);
        return dialog;
    }

    private void send(ComposeMessageDialog dialog) {
        test(find(Button.class, dialog).withId("message-send").single()).click();
    }

    @Test
    void issue11_8_a_message_with_a_file_written_in_the_dialog_shows_in_the_messages_tab_with_sender_and_deliveries() {
        ComposeMessageDialog dialog = compose("Tax return 2025", "Please sign the attached return.");
        test(find(Upload.class, dialog).single()).upload("return.pdf", "application/pdf", "PDF".getBytes(StandardCharsets.UTF_8));
        roundTrip();
        send(dialog);

        assertThat(dialog.isOpened()).isFalse();
        List<ThreadView> stored = messages.threads(owner, account.id(), 5);
        assertThat(stored).singleElement().satisfies(thread -> {
            assertThat(thread.subject()).isEqualTo("Tax return 2025");
            assertThat(thread.messages()).extracting(MessageView::sender, MessageView::text)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Anna Bianchi", "Please sign the attached return."));
        });
        MessagesTab tab = find(MessagesTab.class).single();
        ThreadPanel panel = find(ThreadPanel.class, tab).single();
        assertThat(find(Span.class, panel).all()).extracting(Span::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Anna Bianchi · "))
                .anySatisfy(text -> assertThat(text).isEqualTo("No mail: no address with NOTIFY on wants it."));
        Anchor file = find(Anchor.class, panel).single();
        assertThat(file.getText()).isEqualTo("return.pdf");
        var downloaded = new ByteArrayOutputStream();
        test(file).download(downloaded);
        assertThat(downloaded.toString(StandardCharsets.UTF_8)).isEqualTo("PDF");
    }

    @Test
    void issue11_8_a_blank_subject_is_refused_at_its_field_the_dialog_stays_open_and_nothing_is_sent() {
        ComposeMessageDialog dialog = compose("  ", "Text");
        send(dialog);

        assertThat(dialog.isOpened()).isTrue();
        TextField subject = find(TextField.class, dialog).withId("message-subject").single();
        assertThat(subject.isInvalid()).isTrue();
        assertThat(subject.getErrorMessage()).isEqualTo("Subject: this field is required");
        assertThat(messages.threads(owner, account.id(), 5)).isEmpty();
    }

    @Test
    void issue11_8_a_file_over_the_limit_is_refused_naming_the_attachments_and_nothing_is_sent() {
        ComposeMessageDialog dialog = compose("Big file", "See attached.");
        FilePicker files = find(FilePicker.class, dialog).single();
        test(find(Upload.class, dialog).single()).upload("huge.pdf", "application/pdf", new byte[10 * 1024 * 1024 + 1]);
        roundTrip();
        send(dialog);

        assertThat(files.isInvalid()).isTrue();
        assertThat(files.getErrorMessage()).isEqualTo("Attachments: huge.pdf is larger than 10 MB");
        assertThat(messages.threads(owner, account.id(), 5)).isEmpty();
    }

    @Test
    void issue11_9_staff_answer_in_a_thread_on_the_messages_tab() {
        send(compose("Invoice", "Attached."));
        MessagesTab tab = find(MessagesTab.class).single();
        var box = find(MessagesTab.AnswerBox.class, tab).single();
        test(box.text).setValue("One more thing.");
        test(box.submit).click();

        assertThat(messages.threads(owner, account.id(), 5).getFirst().messages()).extracting(MessageView::text)
                .containsExactly("Attached.", "One more thing.");
        assertThat(find(ThreadPanel.class, find(MessagesTab.class).single()).single().getChildren().count()).isEqualTo(2);
    }

    @Test
    void issue11_8_the_overview_shows_the_latest_threads_and_view_all_opens_the_messages_tab() {
        send(compose("Quarterly VAT", "Numbers attached."));
        AccountView view = navigate(AccountView.class, account.id().value().toString());
        OverviewTab overview = find(OverviewTab.class).single();
        assertThat(find(Span.class, overview).all()).extracting(Span::getText)
                .anySatisfy(text -> assertThat(text).contains("Quarterly VAT").endsWith(" · Anna Bianchi"));

        var section = overview.getChildren().filter(child -> child.hasClassName("messages")).findFirst().orElseThrow();
        test(find(Button.class, section).withText("View all").single()).click();
        assertThat(view.tabs.getSelectedIndex()).isEqualTo(3);
    }

    @Test
    void issue11_9_the_inbox_link_of_a_clients_reply_opens_the_messages_tab() {
        transactions.inTransaction(() -> inbox.add(InboxNotification.unread(owner, ReplyNotices.CLIENT_REPLIED,
                List.of("mario@example.com", account.name().value(), "Tax return"), links.accountMessagesPath(account.id()), Instant.now())));
        InboxView view = navigate(InboxView.class);
        assertThat(find(Span.class, view).all()).extracting(Span::getText)
                .contains("mario@example.com replied to “Tax return” on " + account.name().value());

        test(find(Button.class, view).withText("Go to…").all().getFirst()).click();

        assertThat(((AccountView) getCurrentView()).tabs.getSelectedIndex()).isEqualTo(3);
        assertThat(find(MessagesTab.class).all()).hasSize(1);
    }
}
