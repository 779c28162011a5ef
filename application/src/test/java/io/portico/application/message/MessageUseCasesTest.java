package io.portico.application.message;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.InMemoryAccounts;
import io.portico.application.account.Viewers;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.inbox.InMemoryNotifications;
import io.portico.application.mail.FakeMailRenderer;
import io.portico.application.mail.InMemoryMailOutbox;
import io.portico.application.mail.MailQueue;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.message.port.in.AnswerThreadCommand;
import io.portico.application.message.port.in.MessageDraft;
import io.portico.application.message.port.in.MessageView;
import io.portico.application.message.port.in.ReplyToThreadCommand;
import io.portico.application.message.port.in.SendMessageCommand;
import io.portico.application.message.port.in.ThreadView;
import io.portico.application.notification.port.in.Notification;
import io.portico.application.notification.port.in.NotificationDelivery;
import io.portico.application.notification.port.in.NotificationDelivery.DeliveryStatus;
import io.portico.application.portal.InMemoryPortalUsers;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.FixedLinks;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.InMemoryStaffLanguages;
import io.portico.application.tag.InMemoryTags;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.message.AttachmentLimits;
import io.portico.domain.message.MessageId;
import io.portico.domain.message.ThreadId;
import io.portico.domain.notification.NotificationEvent;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.FileAttachment;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.StaffStatus;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 11, items 8 and 9, on the in-memory ports. */
class MessageUseCasesTest {

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryPortalUsers users = new InMemoryPortalUsers();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff, new InMemoryTags(), users);
    private final InMemoryMessages messages = new InMemoryMessages();
    private final RecordingNotifications notifications = new RecordingNotifications();
    private final InMemoryNotifications inbox = new InMemoryNotifications();
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final InMemoryStaffLanguages languages = new InMemoryStaffLanguages(staff);
    private final Viewers viewers = new Viewers(staff, accounts, accounts.archive());
    private final AttachmentLimits limits = new AttachmentLimits(100, 150);
    private final DirectTransactions transactions = new DirectTransactions();
    private final MessageViews views = new MessageViews(messages, staff, users, notifications);
    private final PortalReaders readers = new PortalReaders(users, accounts);

    private final MessageSenders senders = new MessageSenders(viewers, new InMemoryVisibleAccounts(accounts, accounts.archive()), staff);
    private final SendMessageService send = new SendMessageService(messages, senders, notifications, limits, transactions, clock);
    private final AnswerThreadService answer = new AnswerThreadService(messages, senders, notifications, limits, transactions, clock);
    private final AccountMessagesService staffView = new AccountMessagesService(messages, viewers, views);
    private final PortalMessagesService portal = new PortalMessagesService(messages, messages, readers, views, transactions, clock);
    private final ReplyToThreadService reply = new ReplyToThreadService(messages, readers,
            new ReplyNotices(accounts, staff, inbox, new MailQueue(new FakeMailRenderer(), outbox, clock), new FixedLinks(), languages),
            limits, transactions, clock);

    private StaffMember anna;
    private StaffMember paola;
    private StaffMember gone;
    private Account rossi;
    private Account verdi;
    private PortalUser mario;
    private PortalUser luca;

    @BeforeEach
    void twoAccountsEachWithAClientWhoLogsIn() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        paola = AccountFixtures.staff(staff, "Paola", "Neri", StaffRole.EMPLOYEE);
        gone = AccountFixtures.staff(staff, "Gino", "Gialli", StaffRole.EMPLOYEE);
        staff.save(gone.withStatus(StaffStatus.DEACTIVATED));
        var marioContact = AccountFixtures.contact(contacts, anna.id(), "Mario", "Rossi", "mario@rossi.it");
        var lucaContact = AccountFixtures.contact(contacts, anna.id(), "Luca", "Verdi", "luca@verdi.it");
        rossi = AccountFixtures.individual("Rossi", Set.of(anna.id(), paola.id(), gone.id()),
                AccountFixtures.loginFor(marioContact, "mario@rossi.it"));
        verdi = AccountFixtures.individual("Verdi", Set.of(anna.id()), AccountFixtures.loginFor(lucaContact, "luca@verdi.it"));
        accounts.add(rossi, anna.id(), NOW);
        accounts.add(verdi, anna.id(), NOW);
        mario = PortalUser.activate(new EmailAddress("mario@rossi.it"), "hash", NOW);
        luca = PortalUser.activate(new EmailAddress("luca@verdi.it"), "hash", NOW);
        users.add(mario);
        users.add(luca);
    }

    private static FileAttachment file(String name, int bytes) {
        return new FileAttachment(name, "application/pdf", new byte[bytes]);
    }

    private Map<AccountId, MessageId> sendAs(StaffMember by, List<FileAttachment> files, AccountId... to) {
        return send.send(new SendMessageCommand(List.of(to), new MessageDraft("Tax return 2025", "Please sign the return.", files), by.id()));
    }

    private ThreadId threadOf(AccountId account) {
        return messages.threads(account, 1).getFirst().id();
    }

    @Test
    void issue11_8_the_same_message_goes_to_each_account_the_sender_sees_and_accounts_out_of_sight_are_skipped() {
        var unknown = AccountId.random();
        Map<AccountId, MessageId> sent = sendAs(paola, List.of(), rossi.id(), verdi.id(), unknown, rossi.id());

        assertThat(sent).containsOnlyKeys(rossi.id());
        assertThat(messages.threads(verdi.id(), 5)).isEmpty();
        assertThat(staffView.threads(paola.id(), rossi.id(), 5)).singleElement().satisfies(thread -> {
            assertThat(thread.subject()).isEqualTo("Tax return 2025");
            assertThat(thread.messages()).extracting(MessageView::id, MessageView::sender, MessageView::fromFirm, MessageView::text)
                    .containsExactly(tuple(sent.get(rossi.id()), "Paola Neri", true, "Please sign the return."));
        });
        assertThat(notifications.all()).extracting(Notification::account).containsExactly(rossi.id());
    }

    @Test
    void issue11_8_a_bulk_send_stores_in_one_batch_and_raises_one_call_with_each_accounts_message_as_its_reference() {
        var files = List.of(file("return.pdf", 60), file("notes.pdf", 40));
        Map<AccountId, MessageId> sent = sendAs(anna, files, rossi.id(), verdi.id());

        assertThat(messages.batches).isEqualTo(1);
        assertThat(notifications.calls).singleElement().satisfies(call -> assertThat(call).hasSize(2));
        for (Notification raised : notifications.all()) {
            assertThat(raised.event()).isEqualTo(NotificationEvent.MESSAGE_RECEIVED);
            assertThat(raised.parameters()).containsExactlyInAnyOrderEntriesOf(Map.of("subject", "Tax return 2025",
                    "text", "Please sign the return.", "sender", "Anna Bianchi"));
            assertThat(raised.attachments()).containsExactlyElementsOf(files);
            assertThat(raised.reference()).contains(sent.get(raised.account()).value());
        }
        assertThat(notifications.all()).extracting(Notification::account).containsExactly(rossi.id(), verdi.id());
    }

    @Test
    void issue11_8_nothing_visible_stores_nothing_and_raises_nothing() {
        assertThat(sendAs(paola, List.of(), verdi.id())).isEmpty();
        assertThat(messages.batches).isZero();
        assertThat(notifications.calls).isEmpty();
        assertThatThrownBy(() -> sendAs(gone, List.of(), rossi.id())).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void issue11_8_bad_input_names_the_field_and_nothing_is_stored_or_raised() {
        assertRefused(() -> send.send(new SendMessageCommand(List.of(rossi.id()), new MessageDraft(" ", "Text", List.of()), anna.id())),
                "subject");
        assertRefused(() -> send.send(new SendMessageCommand(List.of(rossi.id()), new MessageDraft("Subject", "", List.of()), anna.id())),
                "text");
        assertRefused(() -> sendAs(anna, List.of(file("big.pdf", 101)), rossi.id()), "attachments");
        assertRefused(() -> sendAs(anna, List.of(file("a.pdf", 100), file("b.pdf", 51)), rossi.id()), "attachments");

        assertThat(messages.threads(rossi.id(), 5)).isEmpty();
        assertThat(notifications.calls).isEmpty();
    }

    private static void assertRefused(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void issue11_8_staff_see_threads_newest_first_with_the_delivery_per_address_of_the_firms_messages_only() {
        MessageId first = sendAs(anna, List.of(), rossi.id()).get(rossi.id());
        clock.advance(Duration.ofMinutes(1));
        send.send(new SendMessageCommand(List.of(rossi.id()), new MessageDraft("Invoice", "Attached.", List.of()), anna.id()));
        var delivery = new NotificationDelivery(rossi.id(), new EmailAddress("mario@rossi.it"), DeliveryStatus.SENT);
        notifications.delivered(first.value(), List.of(delivery));
        clock.advance(Duration.ofMinutes(1));
        ThreadId older = messages.threads(rossi.id(), 5).get(1).id();
        reply.reply(new ReplyToThreadCommand(mario.id(), rossi.id(), older, "Signed.", List.of()));

        List<ThreadView> threads = staffView.threads(anna.id(), rossi.id(), 5);
        assertThat(threads).extracting(ThreadView::subject).containsExactly("Tax return 2025", "Invoice");
        assertThat(threads.getFirst().messages()).extracting(MessageView::sender, MessageView::fromFirm, MessageView::deliveries)
                .containsExactly(tuple("Anna Bianchi", true, List.of(delivery)), tuple("mario@rossi.it", false, List.of()));
        assertThat(staffView.threads(anna.id(), rossi.id(), 1)).hasSize(1);
        assertThat(staffView.threads(paola.id(), verdi.id(), 5)).isEmpty();
    }

    @Test
    void issue11_9_staff_answer_in_a_thread_and_the_notify_addresses_hear_of_it_as_a_thread_reply() {
        sendAs(anna, List.of(), rossi.id());
        ThreadId thread = threadOf(rossi.id());
        clock.advance(Duration.ofMinutes(5));
        var files = List.of(file("receipt.pdf", 10));

        MessageId answered = answer.answer(new AnswerThreadCommand(paola.id(), thread, "  Thanks, received. ", files));

        Notification raised = notifications.calls.getLast().getFirst();
        assertThat(raised.event()).isEqualTo(NotificationEvent.THREAD_REPLY);
        assertThat(raised.account()).isEqualTo(rossi.id());
        assertThat(raised.parameters()).containsExactlyInAnyOrderEntriesOf(Map.of("subject", "Tax return 2025", "text", "Thanks, received.",
                "sender", "Paola Neri"));
        assertThat(raised.attachments()).containsExactlyElementsOf(files);
        assertThat(raised.reference()).contains(answered.value());
        assertThat(messages.thread(thread).orElseThrow().lastMessageAt()).isEqualTo(clock.instant());
        assertThat(messages.messages(thread)).extracting(m -> m.id()).endsWith(answered);
    }

    @Test
    void issue11_9_a_thread_out_of_sight_or_unknown_cannot_be_answered_and_files_are_still_limited() {
        sendAs(anna, List.of(), verdi.id());
        ThreadId theirs = threadOf(verdi.id());
        assertRefused(() -> answer.answer(new AnswerThreadCommand(paola.id(), theirs, "Hello", List.of())), "thread");
        assertRefused(() -> answer.answer(new AnswerThreadCommand(anna.id(), ThreadId.random(), "Hello", List.of())), "thread");
        assertRefused(() -> answer.answer(new AnswerThreadCommand(anna.id(), theirs, "Hello", List.of(file("big.pdf", 101)))),
                "attachments");
        assertRefused(() -> new AnswerThreadCommand(anna.id(), theirs, " ", List.of()), "text");
        assertThat(notifications.calls).hasSize(1);
        assertThat(messages.messages(theirs)).hasSize(1);
    }

    @Test
    void issue11_9_a_clients_reply_reaches_each_active_team_member_in_inbox_and_by_mail_in_the_members_language() {
        sendAs(anna, List.of(), rossi.id());
        ThreadId thread = threadOf(rossi.id());
        languages.remember(paola.id(), Locale.ITALIAN);
        clock.advance(Duration.ofHours(1));

        MessageId replied = reply.reply(new ReplyToThreadCommand(mario.id(), rossi.id(), thread, "Signed, see attached.",
                List.of(file("signed.pdf", 20))));

        assertThat(messages.messages(thread)).last().satisfies(message -> {
            assertThat(message.id()).isEqualTo(replied);
            assertThat(message.sender().isFirm()).isFalse();
            assertThat(message.attachments()).extracting(a -> a.fileName()).containsExactly("signed.pdf");
        });
        for (StaffMember member : List.of(anna, paola)) {
            assertThat(inbox.latest(member.id(), 5)).singleElement().satisfies(notice -> {
                assertThat(notice.messageKey()).isEqualTo(ReplyNotices.CLIENT_REPLIED);
                assertThat(notice.arguments()).containsExactly("mario@rossi.it", "Rossi", "Tax return 2025");
                assertThat(notice.link()).isEqualTo("account/" + rossi.id().value() + "?tab=messages");
                assertThat(notice.createdAt()).isEqualTo(clock.instant());
            });
        }
        assertThat(inbox.latest(gone.id(), 5)).isEmpty();
        assertThat(outbox.queued()).extracting(mail -> mail.to().value(), OutgoingMail::textBody).containsExactlyInAnyOrder(
                tuple("anna.bianchi@studio.it", "client-replied [en] {accountName=Rossi, client=mario@rossi.it, firstName=Anna, "
                        + "link=https://portico.test/account/" + rossi.id().value() + "?tab=messages, subject=Tax return 2025, "
                        + "text=Signed, see attached.}"),
                tuple("paola.neri@studio.it", "client-replied [it] {accountName=Rossi, client=mario@rossi.it, firstName=Paola, "
                        + "link=https://portico.test/account/" + rossi.id().value() + "?tab=messages, subject=Tax return 2025, "
                        + "text=Signed, see attached.}"));
        assertThat(notifications.calls).as("a client's reply is not a client notification").hasSize(1);
    }

    @Test
    void issue11_9_a_client_replies_only_in_threads_of_accounts_where_their_address_has_login_on() {
        sendAs(anna, List.of(), rossi.id(), verdi.id());
        ThreadId rossis = threadOf(rossi.id());
        assertRefused(() -> reply.reply(new ReplyToThreadCommand(luca.id(), rossi.id(), rossis, "Hi", List.of())), "thread");
        assertRefused(() -> reply.reply(new ReplyToThreadCommand(luca.id(), verdi.id(), rossis, "Hi", List.of())), "thread");
        assertRefused(() -> reply.reply(new ReplyToThreadCommand(mario.id(), rossi.id(), ThreadId.random(), "Hi", List.of())), "thread");
        assertRefused(() -> reply.reply(new ReplyToThreadCommand(mario.id(), rossi.id(), rossis, "Hi", List.of(file("x.pdf", 101)))),
                "attachments");
        assertThat(messages.messages(rossis)).hasSize(1);
        assertThat(inbox.latest(anna.id(), 5)).isEmpty();
        assertThat(outbox.queued()).isEmpty();
    }

    @Test
    void issue11_9_unread_counts_the_firms_new_messages_until_the_client_opens_the_thread() {
        sendAs(anna, List.of(), rossi.id());
        clock.advance(Duration.ofMinutes(1));
        sendAs(anna, List.of(), rossi.id());
        assertThat(portal.unread(mario.id(), rossi.id())).isEqualTo(2);
        List<ThreadView> listed = portal.threads(mario.id(), rossi.id());
        assertThat(listed).extracting(ThreadView::unread).containsExactly(true, true);
        assertThat(listed).allSatisfy(thread -> assertThat(thread.messages()).isEmpty());

        clock.advance(Duration.ofMinutes(1));
        ThreadView opened = portal.open(mario.id(), rossi.id(), listed.getFirst().id()).orElseThrow();
        assertThat(opened.messages()).extracting(MessageView::sender, MessageView::deliveries)
                .containsExactly(tuple("Anna Bianchi", List.of()));
        assertThat(portal.unread(mario.id(), rossi.id())).isEqualTo(1);
        assertThat(portal.threads(mario.id(), rossi.id())).extracting(ThreadView::unread).containsExactly(false, true);

        clock.advance(Duration.ofMinutes(1));
        reply.reply(new ReplyToThreadCommand(mario.id(), rossi.id(), listed.getFirst().id(), "Thanks", List.of()));
        assertThat(portal.unread(mario.id(), rossi.id())).as("one's own reply is not unread").isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        answer.answer(new AnswerThreadCommand(anna.id(), listed.getFirst().id(), "You are welcome", List.of()));
        assertThat(portal.unread(mario.id(), rossi.id())).isEqualTo(2);
    }

    @Test
    void issue11_9_a_client_sees_no_thread_count_or_file_of_an_account_without_login() {
        var files = List.of(file("return.pdf", 5));
        sendAs(anna, files, rossi.id(), verdi.id());
        ThreadId rossis = threadOf(rossi.id());
        var attachment = messages.messages(rossis).getFirst().attachments().getFirst().id();

        assertThat(portal.threads(luca.id(), rossi.id())).isEmpty();
        assertThat(portal.unread(luca.id(), rossi.id())).isZero();
        assertThat(portal.open(luca.id(), rossi.id(), rossis)).isEmpty();
        assertThat(portal.open(luca.id(), verdi.id(), rossis)).as("another account's thread under one's own").isEmpty();
        assertThat(portal.attachment(luca.id(), rossi.id(), attachment)).isEmpty();
        assertThat(portal.attachment(luca.id(), verdi.id(), attachment)).isEmpty();
        assertThat(portal.unread(luca.id(), verdi.id())).as("nothing was marked read by the refused opens").isEqualTo(1);

        assertThat(portal.attachment(mario.id(), rossi.id(), attachment)).hasValueSatisfying(found ->
                assertThat(found.fileName()).isEqualTo("return.pdf"));
        assertThat(staffView.attachment(anna.id(), attachment)).contains(files.getFirst());
        assertThat(staffView.attachment(paola.id(), messages.messages(threadOf(verdi.id())).getFirst().attachments().getFirst().id()))
                .isEmpty();
        assertThat(staffView.attachment(anna.id(), io.portico.domain.message.AttachmentId.random())).isEmpty();
        assertThat(portal.attachment(mario.id(), rossi.id(), io.portico.domain.message.AttachmentId.random())).isEmpty();
    }

    @Test
    void issue11_9_an_unknown_portal_user_reads_nothing() {
        sendAs(anna, List.of(), rossi.id());
        var stranger = io.portico.domain.portal.PortalUserId.random();
        assertThat(portal.threads(stranger, rossi.id())).isEmpty();
        assertThat(portal.open(stranger, rossi.id(), threadOf(rossi.id()))).isEqualTo(Optional.empty());
    }
}
