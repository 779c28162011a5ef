package io.portico.application.message;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.message.port.out.MessagePort;
import io.portico.application.message.port.out.MessageReadPort;
import io.portico.application.message.port.out.VisibleAccountsPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountVisibility;
import io.portico.domain.message.Attachment;
import io.portico.domain.message.AttachmentId;
import io.portico.domain.message.Message;
import io.portico.domain.message.MessageSender;
import io.portico.domain.message.MessageSubject;
import io.portico.domain.message.MessageText;
import io.portico.domain.message.MessageThread;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.FileAttachment;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffRole;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store of threads, messages, files and read marks does (issue 11, items 8, 9); each test starts empty. */
public abstract class MessagePortContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract PortalUserPort users();

    protected abstract MessagePort messages();

    protected abstract MessageReadPort reads();

    protected abstract VisibleAccountsPort visibleAccounts();

    protected abstract io.portico.application.account.port.out.AccountArchivePort archive();

    private StaffMember anna;
    private StaffMember paola;
    private Account rossi;
    private Account verdi;
    private PortalUser mario;
    private PortalUser carla;

    @BeforeEach
    void accountsAndClients() {
        anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        paola = AccountFixtures.staff(staff(), "Paola", "Neri", StaffRole.EMPLOYEE);
        var contact = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it");
        rossi = AccountFixtures.individual("Rossi", Set.of(anna.id(), paola.id()), AccountFixtures.loginFor(contact, "mario@rossi.it"));
        verdi = AccountFixtures.individual("Verdi", Set.of(anna.id()), AccountFixtures.plain(contact));
        accounts().add(rossi, anna.id(), NOW);
        accounts().add(verdi, anna.id(), NOW);
        mario = PortalUser.activate(new EmailAddress("mario@rossi.it"), "hash", NOW);
        carla = PortalUser.activate(new EmailAddress("carla@rossi.it"), "hash", NOW);
        users().add(mario);
        users().add(carla);
    }

    private static FileAttachment file(String name, String content) {
        return new FileAttachment(name, "text/plain", content.getBytes(StandardCharsets.UTF_8));
    }

    private MessageThread start(Account account, String subject, Instant at) {
        return MessageThread.start(account.id(), new MessageSubject(subject), at);
    }

    private Message write(MessageThread thread, MessageSender sender, Instant at, List<FileAttachment> files) {
        return thread.write(sender, new MessageText("Text at " + at), files, at);
    }

    private MessageSender.Staff byAnna() {
        return new MessageSender.Staff(anna.id());
    }

    @Test
    void issue11_8_a_batch_of_threads_stores_each_first_message_with_the_shared_files_in_order() {
        var files = List.of(file("return.txt", "the return"), file("notes.txt", "some notes"));
        MessageThread onRossi = start(rossi, "Tax return", NOW);
        MessageThread onVerdi = start(verdi, "Tax return", NOW);
        Message toRossi = write(onRossi, byAnna(), NOW, files);
        Message toVerdi = write(onVerdi, byAnna(), NOW, files);

        messages().add(List.of(onRossi, onVerdi), List.of(toRossi, toVerdi), files);

        assertThat(messages().thread(onRossi.id())).contains(onRossi);
        assertThat(messages().threads(verdi.id(), 5)).containsExactly(onVerdi);
        assertThat(messages().messages(onRossi.id())).containsExactly(toRossi);
        assertThat(messages().messages(onVerdi.id())).singleElement().satisfies(message ->
                assertThat(message.attachments()).extracting(Attachment::fileName, Attachment::contentType, Attachment::size)
                        .containsExactly(tuple("return.txt", "text/plain", 10), tuple("notes.txt", "text/plain", 10)));
        for (Message message : List.of(toRossi, toVerdi)) {
            AttachmentId second = message.attachments().get(1).id();
            assertThat(messages().file(second)).hasValueSatisfying(stored -> {
                assertThat(stored.file().fileName()).isEqualTo("notes.txt");
                assertThat(stored.file().contentType()).isEqualTo("text/plain");
                assertThat(new String(stored.file().content(), StandardCharsets.UTF_8)).isEqualTo("some notes");
            });
        }
        assertThat(messages().file(toVerdi.attachments().getFirst().id())).hasValueSatisfying(stored ->
                assertThat(stored.account()).isEqualTo(verdi.id()));
        assertThat(messages().file(AttachmentId.random())).isEmpty();
    }

    @Test
    void issue11_8_a_file_stored_before_is_stored_again_for_a_later_message_without_trouble() {
        var files = List.of(file("same.txt", "same bytes"));
        MessageThread first = start(rossi, "One", NOW);
        MessageThread second = start(rossi, "Two", NOW.plusSeconds(1));
        messages().add(List.of(first), List.of(write(first, byAnna(), NOW, files)), files);
        Message later = write(second, byAnna(), NOW.plusSeconds(1), files);
        messages().add(List.of(second), List.of(later), files);

        assertThat(messages().file(later.attachments().getFirst().id())).hasValueSatisfying(stored ->
                assertThat(stored.file().content()).isEqualTo("same bytes".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void issue11_9_replies_keep_their_order_and_move_the_thread_to_the_top() {
        MessageThread older = start(rossi, "Older", NOW);
        MessageThread newer = start(rossi, "Newer", NOW.plusSeconds(10));
        Message opening = write(older, byAnna(), NOW, List.of());
        messages().add(List.of(older, newer), List.of(opening, write(newer, byAnna(), NOW.plusSeconds(10), List.of())), List.of());
        assertThat(messages().threads(rossi.id(), 5)).extracting(MessageThread::id).containsExactly(newer.id(), older.id());

        Message reply = write(older, new MessageSender.Client(mario.id()), NOW.plusSeconds(20), List.of(file("signed.txt", "ok")));
        Message answer = write(older, new MessageSender.Staff(paola.id()), NOW.plusSeconds(30), List.of());
        messages().add(List.of(), List.of(reply, answer), List.of(file("signed.txt", "ok")));

        assertThat(messages().threads(rossi.id(), 5)).extracting(MessageThread::id).containsExactly(older.id(), newer.id());
        assertThat(messages().threads(rossi.id(), 1)).extracting(MessageThread::id).containsExactly(older.id());
        assertThat(messages().thread(older.id()).orElseThrow().lastMessageAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(messages().messages(older.id())).containsExactly(opening, reply, answer);
        assertThat(messages().threads(verdi.id(), 5)).isEmpty();
    }

    @Test
    void issue11_9_an_older_message_does_not_move_a_thread_back() {
        MessageThread thread = start(rossi, "Thread", NOW.plusSeconds(60));
        messages().add(List.of(thread), List.of(write(thread, byAnna(), NOW.plusSeconds(60), List.of())), List.of());
        messages().add(List.of(), List.of(write(thread, byAnna(), NOW, List.of())), List.of());
        assertThat(messages().thread(thread.id()).orElseThrow().lastMessageAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void issue11_9_others_messages_after_a_users_read_mark_are_unread_to_that_user() {
        MessageThread one = start(rossi, "One", NOW);
        MessageThread two = start(rossi, "Two", NOW);
        MessageThread elsewhere = start(verdi, "Elsewhere", NOW);
        messages().add(List.of(one, two, elsewhere), List.of(write(one, byAnna(), NOW, List.of()), write(two, byAnna(), NOW, List.of()),
                write(elsewhere, byAnna(), NOW, List.of())), List.of());
        assertThat(reads().unread(rossi.id(), mario.id())).isEqualTo(2);
        assertThat(reads().unreadThreads(rossi.id(), mario.id())).containsExactlyInAnyOrder(one.id(), two.id());

        reads().markRead(one.id(), mario.id(), NOW.plusSeconds(5));
        assertThat(reads().unread(rossi.id(), mario.id())).isEqualTo(1);
        assertThat(reads().unreadThreads(rossi.id(), mario.id())).containsExactly(two.id());
        assertThat(reads().unread(rossi.id(), carla.id())).as("read marks are per user").isEqualTo(2);

        var later = new ArrayList<Message>();
        later.add(write(one, new MessageSender.Client(mario.id()), NOW.plusSeconds(10), List.of()));
        later.add(write(one, new MessageSender.Client(carla.id()), NOW.plusSeconds(11), List.of()));
        messages().add(List.of(), later, List.of());
        assertThat(reads().unread(rossi.id(), mario.id())).as("Carla's reply, not Mario's own").isEqualTo(2);
        assertThat(reads().unreadThreads(rossi.id(), mario.id())).containsExactlyInAnyOrder(one.id(), two.id());

        reads().markRead(one.id(), mario.id(), NOW.plusSeconds(11));
        reads().markRead(one.id(), mario.id(), NOW.plusSeconds(1));
        assertThat(reads().unread(rossi.id(), mario.id())).as("an earlier mark does not move it back").isEqualTo(1);
        assertThat(reads().unreadThreads(verdi.id(), mario.id())).containsExactly(elsewhere.id());
    }

    @Test
    void F2_of_many_accounts_the_visible_ones_are_those_that_exist_and_the_viewer_sees() {
        StaffMember ugo = AccountFixtures.staff(staff(), "Ugo", "Blu", StaffRole.EMPLOYEE);
        List<AccountId> asked = List.of(rossi.id(), verdi.id(), AccountId.random());

        assertThat(visibleAccounts().visible(new AccountVisibility(anna.id(), StaffRole.OWNER, Set.of()), asked))
                .containsExactlyInAnyOrder(rossi.id(), verdi.id());
        assertThat(visibleAccounts().visible(new AccountVisibility(paola.id(), StaffRole.EMPLOYEE, Set.of()), asked))
                .containsExactly(rossi.id());
        assertThat(visibleAccounts().visible(new AccountVisibility(ugo.id(), StaffRole.EMPLOYEE, Set.of()), asked)).isEmpty();
        assertThat(visibleAccounts().visible(new AccountVisibility(ugo.id(), StaffRole.EMPLOYEE, Set.of(StaffRight.VIEW_ALL_ACCOUNTS)),
                asked)).containsExactlyInAnyOrder(rossi.id(), verdi.id());
        assertThat(visibleAccounts().visible(new AccountVisibility(anna.id(), StaffRole.OWNER, Set.of()), List.of())).isEmpty();
    }

    @Test
    void issue14_1_no_message_reaches_an_archived_account() {
        archive().archive(verdi.id(), NOW);

        assertThat(visibleAccounts().visible(new AccountVisibility(anna.id(), StaffRole.OWNER, Set.of()), List.of(rossi.id(), verdi.id())))
                .containsExactly(rossi.id());
    }
}
