package io.portico.ui.email;

import static io.portico.persistence.jooq.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.mailbox.port.out.MailboxPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.ContactLink;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.MailServer;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.mailbox.Secret;
import io.portico.domain.mailbox.Security;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import io.portico.ui.staff.HomeView;
import io.portico.ui.support.StaffViewTest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 13, item 7: New email, Reply and Reply all from an account, through the dialog. */
class EmailComposerViewTest extends StaffViewTest {

    @Autowired
    EmailComposer composer;
    @Autowired
    MailboxPort mailboxes;
    @Autowired
    ContactPort contacts;
    @Autowired
    AccountPort accounts;
    @Autowired
    Transactions transactions;
    @Autowired
    DSLContext dsl;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicInteger sent = new AtomicInteger();
    private StaffId owner;
    private Account account;
    private String client;

    @BeforeEach
    void anAccountWithEmailSyncAndAMailbox() {
        owner = new StaffId(signInAsOwner().id());
        client = "mario." + run + "@example.com";
        var contact = transactions.inTransaction(() -> AccountFixtures.contact(contacts, owner, "Mario", "Posta", client));
        account = AccountFixtures.individual("Posta " + run, Set.of(owner),
                ContactLink.of(contact, "", List.of(new EmailAccess(new EmailAddress(client), false, false, true))));
        transactions.inTransaction(() -> accounts.add(account, owner, Instant.now()));
        var server = new MailServer("mail.studio.it", 465, Security.TLS, "office", new Secret("secret"));
        mailboxes.add(new Mailbox(MailboxId.random(), "Studio", new EmailAddress("office@studio.it"), server, server), Instant.now());
        navigate(HomeView.class);
    }

    @AfterEach
    void noMailboxes() {
        removeEveryMailbox();
    }

    /** Mail still queued through a mailbox keeps it (item 1), so the test's own queued mail goes first. */
    private void removeEveryMailbox() {
        dsl.deleteFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.MAILBOX_ID.isNotNull()).execute();
        mailboxes.all().forEach(mailbox -> mailboxes.remove(mailbox.id()));
    }

    private <T extends Component> T shown(T component) {
        UI.getCurrent().add(component);
        return component;
    }

    private EmailComposeDialog dialog() {
        return find(EmailComposeDialog.class).single();
    }

    /** A sent message as the store of synced mail kept it. */
    private record Kept(EmailAddress from, List<EmailAddress> to, List<EmailAddress> cc, Optional<String> inReplyTo, List<String> references) {
    }

    private List<Kept> storedWith(String subject) {
        return dsl.fetch("""
                        select m.from_address, m.in_reply_to, m.references_header,
                               array(select a.address from email_message_address a where a.message_id = m.id and a.role = 'TO'),
                               array(select a.address from email_message_address a where a.message_id = m.id and a.role = 'CC')
                        from email_message m where m.subject = ?""", subject)
                .map(row -> new Kept(new EmailAddress(row.get(0, String.class)), addresses(row.get(3, String[].class)),
                        addresses(row.get(4, String[].class)), Optional.ofNullable(row.get(1, String.class)), List.of(row.get(2, String[].class))));
    }

    private static List<EmailAddress> addresses(String[] keys) {
        return java.util.Arrays.stream(keys).map(EmailAddress::new).toList();
    }

    @Test
    void issue13_item7_a_new_email_starts_with_the_accounts_email_sync_addresses_and_is_stored_when_sent() {
        test((Button) shown(composer.newEmailButton(account.id(), owner, sent::incrementAndGet))).click();
        EmailComposeDialog dialog = dialog();
        assertThat(dialog.to.getValue()).isEqualTo(client);
        assertThat(dialog.mailbox.getValue().name()).isEqualTo("Studio");

        test(dialog.subject).setValue("Documents " + run);
        test(dialog.text).setValue("Please send the receipts.");
        test(dialog.send).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(sent.get()).isEqualTo(1);
        assertThat(storedWith("Documents " + run)).singleElement().satisfies(message -> {
            assertThat(message.from()).isEqualTo(new EmailAddress("office@studio.it"));
            assertThat(message.to()).containsExactly(new EmailAddress(client));
        });
        assertThat(dsl.select(MAIL_OUTBOX.RECIPIENT).from(MAIL_OUTBOX).where(MAIL_OUTBOX.SUBJECT.eq("Documents " + run)).fetch(MAIL_OUTBOX.RECIPIENT))
                .containsExactly(client);
    }

    @Test
    void issue13_item7_a_bad_address_is_shown_at_its_field_and_nothing_is_sent() {
        test((Button) shown(composer.newEmailButton(account.id(), owner, sent::incrementAndGet))).click();
        EmailComposeDialog dialog = dialog();
        test(dialog.cc).setValue("not-an-address");
        test(dialog.subject).setValue("Bad " + run);
        test(dialog.text).setValue("Text");
        test(dialog.send).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.cc.isInvalid()).isTrue();
        assertThat(dialog.cc.getErrorMessage()).isEqualTo("Cc: enter a valid email address, like name@example.com");
        assertThat(storedWith("Bad " + run)).isEmpty();
        assertThat(sent.get()).isZero();
    }

    @Test
    void issue13_item7_a_blank_subject_is_refused_at_its_field() {
        test((Button) shown(composer.newEmailButton(account.id(), owner, sent::incrementAndGet))).click();
        EmailComposeDialog dialog = dialog();
        test(dialog.text).setValue("Text");
        test(dialog.send).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.subject.isInvalid()).isTrue();
        assertThat(dialog.subject.getErrorMessage()).isEqualTo("Subject: this field is required");
    }

    @Test
    void issue13_item7_reply_all_answers_the_clients_message_with_re_and_threading_headers() {
        UUID question = new SyncedMail(dsl).insert("<q-" + run + "@example.com>", "Receipts " + run, client, List.of("office@studio.it", "luca." + run + "@partner.it"));
        Component buttons = shown(composer.replyButtons(account.id(), owner, question, sent::incrementAndGet));
        test(find(Button.class, buttons).all().stream().filter(b -> b.getText().equals("Reply all")).findFirst().orElseThrow()).click();

        EmailComposeDialog dialog = dialog();
        assertThat(dialog.to.getValue()).isEqualTo(client);
        assertThat(dialog.cc.getValue()).isEqualTo("luca." + run + "@partner.it");
        assertThat(dialog.subject.getValue()).isEqualTo("Re: Receipts " + run);
        test(dialog.text).setValue("Received, thanks.");
        test(dialog.send).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(storedWith("Re: Receipts " + run)).singleElement().satisfies(message -> {
            assertThat(message.inReplyTo()).contains("<q-" + run + "@example.com>");
            assertThat(message.references()).containsExactly("<q-" + run + "@example.com>");
            assertThat(message.cc()).containsExactly(new EmailAddress("luca." + run + "@partner.it"));
        });
    }

    @Test
    void issue13_item7_another_accounts_message_opens_no_dialog() {
        UUID elsewhere = new SyncedMail(dsl).insert("<x-" + run + "@else.com>", "Other " + run, "giulia." + run + "@else.com", List.of("office@studio.it"));
        Component buttons = shown(composer.replyButtons(account.id(), owner, elsewhere, sent::incrementAndGet));
        test(find(Button.class, buttons).all().getFirst()).click();

        assertThat(find(EmailComposeDialog.class).all()).isEmpty();
    }

    @Test
    void issue13_item7_without_a_mailbox_the_buttons_say_to_add_one() {
        removeEveryMailbox();
        Component hint = shown(composer.newEmailButton(account.id(), owner, sent::incrementAndGet));
        Component replies = shown(composer.replyButtons(account.id(), owner, UUID.randomUUID(), sent::incrementAndGet));

        assertThat(hint).isInstanceOf(Span.class);
        assertThat(((Span) hint).getText()).isEqualTo("To write email from here, add a mailbox in Settings → Mailboxes.");
        assertThat(replies).isInstanceOf(Span.class);
    }
}
