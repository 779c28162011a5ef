package io.portico.application.email;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.InMemoryAccounts;
import io.portico.application.account.Viewers;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.email.port.in.EmailDraft;
import io.portico.application.email.port.in.MailboxChoice;
import io.portico.application.email.port.in.SendEmailCommand;
import io.portico.application.mail.InMemoryMailOutbox;
import io.portico.application.mail.port.out.MailboxEnvelope;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mailbox.InMemoryMailboxes;
import io.portico.application.shared.MutableClock;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.ContactLink;
import io.portico.domain.email.MailMessage;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.MailServer;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.mailbox.Secret;
import io.portico.domain.mailbox.Security;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 13, item 7: reply, reply all and new email, on the in-memory ports. */
class SendEmailTest {

    /** Counts transactions and checks the outbox and the store were both written inside the one that sent. */
    private final class OneTransaction implements Transactions {
        int runs;
        boolean bothWrittenInside;

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            runs++;
            int queued = outbox.queued().size();
            int kept = store.stored.size();
            T result = work.get();
            bothWrittenInside = outbox.queued().size() == queued + 1 && store.stored.size() == kept + 1;
            return result;
        }
    }

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff);
    private final InMemoryMailboxes mailboxes = new InMemoryMailboxes();
    private final InMemoryRepliedMessages synced = new InMemoryRepliedMessages();
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final RecordingEmailStore store = new RecordingEmailStore();
    private final OneTransaction transactions = new OneTransaction();
    private final SendEmailService service = new SendEmailService(
            new EmailParties(new Viewers(staff, accounts, accounts.archive()), mailboxes, synced), outbox, store, transactions, clock);

    private StaffMember anna;
    private StaffMember paola;
    private Account rossi;
    private Account verdi;
    private Mailbox office;
    private UUID fromClient;
    private UUID fromFirm;
    private UUID verdiMail;

    private static EmailAddress address(String value) {
        return new EmailAddress(value);
    }

    private static Mailbox mailbox(String name, String address) {
        var server = new MailServer("mail.studio.it", 993, Security.TLS, address, new Secret("secret"));
        return new Mailbox(MailboxId.random(), name, address(address), server, server);
    }

    private static EmailAccess sync(String address) {
        return new EmailAccess(address(address), false, false, true);
    }

    private static MailMessage synced(String messageId, String from, List<String> to, List<String> cc, String subject) {
        return new MailMessage(messageId, Optional.empty(), List.of("<root@rossi.it>"), subject, address(from), Optional.empty(),
                to.stream().map(EmailAddress::new).toList(), cc.stream().map(EmailAddress::new).toList(), NOW.minusSeconds(3600),
                Optional.of("text"), Optional.empty(), List.of());
    }

    @BeforeEach
    void accountsMailboxesAndMail() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        paola = AccountFixtures.staff(staff, "Paola", "Neri", StaffRole.EMPLOYEE);
        var mario = AccountFixtures.contact(contacts, anna.id(), "Mario", "Rossi", "mario@rossi.it", "m.rossi@gmail.com", "carla@rossi.it");
        var giulia = AccountFixtures.contact(contacts, anna.id(), "Giulia", "Verdi", "giulia@verdi.it");
        rossi = AccountFixtures.individual("Rossi", Set.of(anna.id(), paola.id()), ContactLink.of(mario, "",
                List.of(sync("mario@rossi.it"), new EmailAccess(address("m.rossi@gmail.com"), true, true, false), sync("carla@rossi.it"))));
        verdi = AccountFixtures.individual("Verdi", Set.of(anna.id()), ContactLink.of(giulia, "", List.of(sync("giulia@verdi.it"))));
        accounts.add(rossi, anna.id(), NOW);
        accounts.add(verdi, anna.id(), NOW);
        office = mailbox("Studio Bianchi", "office@studio.it");
        mailboxes.add(office, NOW);
        mailboxes.add(mailbox("Anna", "anna@studio.it"), NOW);
        fromClient = synced.add(synced("<q1@rossi.it>", "mario@rossi.it", List.of("office@studio.it", "luca@partner.it"),
                List.of("anna@studio.it", "Carla@Rossi.it"), "Tax return 2025"));
        fromFirm = synced.add(synced("<a1@studio.it>", "office@studio.it", List.of("mario@rossi.it", "carla@rossi.it"), List.of(),
                "RE: Tax return 2025"));
        verdiMail = synced.add(synced("<q1@verdi.it>", "giulia@verdi.it", List.of("office@studio.it"), List.of(), "Invoice"));
    }

    private EmailDraft draft(Optional<UUID> message, boolean all) {
        return service.draft(anna.id(), rossi.id(), message, all).orElseThrow();
    }

    private SendEmailCommand command(Optional<UUID> repliedTo, String subject, String to, String cc) {
        return SendEmailCommand.of(anna.id(), rossi.id(), office.id(), subject, "Dear Mario,\nsee <below> & sign.", to, cc, repliedTo);
    }

    @Test
    void issue13_item7_the_mailbox_choice_lists_names_and_addresses_only() {
        assertThat(service.mailboxes()).extracting(MailboxChoice::name, MailboxChoice::address)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Anna", address("anna@studio.it")),
                        org.assertj.core.groups.Tuple.tuple("Studio Bianchi", address("office@studio.it")));
    }

    @Test
    void issue13_item7_no_mailbox_no_choice() {
        var none = new SendEmailService(new EmailParties(new Viewers(staff, accounts, accounts.archive()), new InMemoryMailboxes(), synced), outbox, store,
                transactions, clock);
        assertThat(none.mailboxes()).isEmpty();
    }

    @Test
    void issue13_item7_a_new_email_goes_to_the_accounts_email_sync_addresses() {
        assertThat(draft(Optional.empty(), false)).isEqualTo(new EmailDraft("", List.of(address("mario@rossi.it"), address("carla@rossi.it")), List.of()));
    }

    @Test
    void issue13_item7_a_reply_goes_to_the_sender_with_re_before_the_subject() {
        assertThat(draft(Optional.of(fromClient), false))
                .isEqualTo(new EmailDraft("Re: Tax return 2025", List.of(address("mario@rossi.it")), List.of()));
    }

    @Test
    void issue13_item7_a_reply_to_the_firms_own_mail_goes_to_those_it_was_sent_to_and_keeps_an_existing_re() {
        assertThat(draft(Optional.of(fromFirm), false))
                .isEqualTo(new EmailDraft("RE: Tax return 2025", List.of(address("mario@rossi.it"), address("carla@rossi.it")), List.of()));
    }

    @Test
    void issue13_item7_reply_all_copies_everyone_else_but_the_firms_mailboxes() {
        assertThat(draft(Optional.of(fromClient), true)).isEqualTo(new EmailDraft("Re: Tax return 2025",
                List.of(address("mario@rossi.it")), List.of(address("luca@partner.it"), address("Carla@rossi.it"))));
        assertThat(draft(Optional.of(fromFirm), true).cc()).isEmpty();
    }

    @Test
    void issue13_item7_another_accounts_message_or_an_invisible_account_has_no_draft() {
        assertThat(service.draft(anna.id(), rossi.id(), Optional.of(verdiMail), false)).isEmpty();
        assertThat(service.draft(anna.id(), rossi.id(), Optional.of(UUID.randomUUID()), true)).isEmpty();
        assertThat(service.draft(paola.id(), verdi.id(), Optional.empty(), false)).isEmpty();
        assertThat(service.draft(paola.id(), verdi.id(), Optional.of(verdiMail), false)).isEmpty();
    }

    @Test
    void issue13_item7_an_account_without_email_sync_has_no_mail_to_answer() {
        var bruno = AccountFixtures.contact(contacts, anna.id(), "Bruno", "Gialli", "bruno@gialli.it");
        var plain = AccountFixtures.individual("Plain", Set.of(anna.id()), AccountFixtures.loginFor(bruno, "bruno@gialli.it"));
        accounts.add(plain, anna.id(), NOW);
        assertThat(service.draft(anna.id(), plain.id(), Optional.of(fromClient), false)).isEmpty();
        assertThat(service.draft(anna.id(), plain.id(), Optional.empty(), false)).contains(new EmailDraft("", List.of(), List.of()));
    }

    @Test
    void issue13_item7_a_reply_is_queued_once_through_the_mailbox_with_the_headers_that_thread_it() {
        String messageId = service.send(command(Optional.of(fromClient), "Tax return 2025", "mario@rossi.it, luca@partner.it", "carla@rossi.it"));

        assertThat(messageId).matches("<[0-9a-f-]{36}@studio\\.it>");
        OutgoingMail mail = outbox.queued().getFirst();
        assertThat(outbox.queued()).hasSize(1);
        assertThat(mail.to()).isEqualTo(address("mario@rossi.it"));
        assertThat(mail.subject()).isEqualTo("Re: Tax return 2025");
        assertThat(mail.textBody()).isEqualTo("Dear Mario,\nsee <below> & sign.");
        assertThat(mail.htmlBody()).isEqualTo("<p>Dear Mario,<br>\nsee &lt;below&gt; &amp; sign.</p>");
        assertThat(mail.envelope()).contains(new MailboxEnvelope(office.id(), messageId, Optional.of("<q1@rossi.it>"),
                List.of("<root@rossi.it>", "<q1@rossi.it>"), List.of(address("luca@partner.it"), address("carla@rossi.it"))));
    }

    @Test
    void issue13_item7_the_mail_shows_in_the_thread_at_once_stored_in_the_same_transaction() {
        String messageId = service.send(command(Optional.of(fromClient), "Re: Tax return 2025", "mario@rossi.it", ""));

        assertThat(transactions.runs).isEqualTo(1);
        assertThat(transactions.bothWrittenInside).isTrue();
        RecordingEmailStore.Stored kept = store.stored.getFirst();
        assertThat(kept.mailbox()).isEqualTo(office.id());
        assertThat(kept.at()).isEqualTo(NOW);
        MailMessage message = kept.message();
        assertThat(message.messageId()).isEqualTo(messageId);
        assertThat(message.inReplyTo()).contains("<q1@rossi.it>");
        assertThat(message.references()).containsExactly("<root@rossi.it>", "<q1@rossi.it>");
        assertThat(message.subject()).isEqualTo("Re: Tax return 2025");
        assertThat(message.from()).isEqualTo(address("office@studio.it"));
        assertThat(message.fromName()).contains("Studio Bianchi");
        assertThat(message.to()).containsExactly(address("mario@rossi.it"));
        assertThat(message.cc()).isEmpty();
        assertThat(message.sentAt()).isEqualTo(NOW);
        assertThat(message.textBody()).contains("Dear Mario,\nsee <below> & sign.");
        assertThat(message.htmlBody()).contains(SendEmailService.html("Dear Mario,\nsee <below> & sign."));
        assertThat(message.attachments()).isEmpty();
    }

    @Test
    void issue13_item7_a_new_email_has_no_threading_headers_and_keeps_its_subject() {
        service.send(command(Optional.empty(), "Documents for 2026", "carla@rossi.it", "mario@rossi.it"));

        MailMessage message = store.stored.getFirst().message();
        assertThat(message.subject()).isEqualTo("Documents for 2026");
        assertThat(message.inReplyTo()).isEmpty();
        assertThat(message.references()).isEmpty();
        assertThat(outbox.queued().getFirst().envelope().orElseThrow().cc()).containsExactly(address("mario@rossi.it"));
    }

    @Test
    void issue13_item7_each_mail_gets_its_own_message_id() {
        String first = service.send(command(Optional.empty(), "One", "carla@rossi.it", ""));
        String second = service.send(command(Optional.empty(), "Two", "carla@rossi.it", ""));
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void issue14_1_no_mail_leaves_from_an_archived_accounts_email_tab() {
        accounts.archive().archive(rossi.id(), NOW);

        assertThatThrownBy(() -> service.send(command(Optional.empty(), "Documents", "carla@rossi.it", "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("account");
                    assertThat(e.messageKey()).isEqualTo("account.archived");
                });
        assertNothingSent();
    }

    @Test
    void issue13_item7_answering_another_accounts_message_is_not_found_and_sends_nothing() {
        assertThatThrownBy(() -> service.send(command(Optional.of(verdiMail), "Re: Invoice", "giulia@verdi.it", "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("emailMessage");
                    assertThat(e.messageKey()).isEqualTo("compose.message-not-found");
                });
        assertNothingSent();
    }

    @Test
    void issue13_item7_an_account_the_viewer_may_not_see_is_not_found_and_sends_nothing() {
        var command = SendEmailCommand.of(paola.id(), verdi.id(), office.id(), "Hello", "Text", "giulia@verdi.it", "", Optional.empty());
        assertThatThrownBy(() -> service.send(command)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("account");
            assertThat(e.messageKey()).isEqualTo("account.not-found");
        });
        assertNothingSent();
    }

    @Test
    void issue13_item7_a_mailbox_that_does_not_exist_is_refused_at_its_field() {
        var command = SendEmailCommand.of(anna.id(), rossi.id(), MailboxId.random(), "Hello", "Text", "mario@rossi.it", "", Optional.empty());
        assertThatThrownBy(() -> service.send(command)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("emailFrom");
            assertThat(e.messageKey()).isEqualTo("compose.mailbox-not-found");
        });
        assertNothingSent();
    }

    @Test
    void issue13_item7_a_stranger_is_not_allowed() {
        var command = SendEmailCommand.of(io.portico.domain.staff.StaffId.random(), rossi.id(), office.id(), "Hello", "Text",
                "mario@rossi.it", "", Optional.empty());
        assertThatThrownBy(() -> service.send(command)).isInstanceOf(NotAllowedException.class);
        assertNothingSent();
    }

    private void assertNothingSent() {
        assertThat(outbox.queued()).isEmpty();
        assertThat(store.stored).isEmpty();
        assertThat(transactions.runs).isZero();
    }
}
