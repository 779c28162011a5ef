package io.portico.application.email;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.email.port.EmailThreadSummary;
import io.portico.application.email.port.SyncedAttachment;
import io.portico.application.email.port.SyncedMessage;
import io.portico.application.email.port.out.EmailReadPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.ContactLink;
import io.portico.domain.contact.Contact;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every reader of synced mail does (issue 13, items 5, 6, 10): matching by address at read time; each test starts empty. */
public abstract class EmailReadPortContract {

    protected static final String MARIO = "mario@rossi.it";
    protected static final String GIULIA = "giulia@rossi.it";
    protected static final String FIRM = "studio@firm.it";
    protected static final String STRANGER = "someone@else.it";

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract EmailReadPort emails();

    /** Puts a message in the store as the sync leaves it. */
    protected abstract void store(EmailSeed message);

    private StaffMember anna;
    private Account rossi;

    @BeforeEach
    void anAccountWithTwoContacts() {
        anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        Contact mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "Mario@Rossi.it", "mario.private@gmail.com");
        Contact giulia = AccountFixtures.contact(contacts(), anna.id(), "Giulia", "Rossi", GIULIA);
        rossi = AccountFixtures.individual("Rossi", Set.of(anna.id()),
                ContactLink.of(mario, "", List.of(new EmailAccess(new EmailAddress("Mario@Rossi.it"), false, false, true))),
                ContactLink.of(giulia, "", List.of(new EmailAccess(new EmailAddress(GIULIA), true, false, true))));
        accounts().add(rossi, anna.id(), NOW);
    }

    private static Instant at(int minutes) {
        return NOW.plusSeconds(60L * minutes);
    }

    private static EmailSeed.File file(String name, String content) {
        return new EmailSeed.File(UUID.randomUUID(), name, Optional.of(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void D5_an_accounts_sync_addresses_are_its_lookup_keys_with_EMAIL_SYNC_on_whatever_LOGIN() {
        assertThat(emails().syncAddresses(rossi.id())).containsExactlyInAnyOrder(MARIO, GIULIA);
    }

    @Test
    void issue13_item5_turning_EMAIL_SYNC_off_leaves_the_address_out_at_once() {
        Account saved = accounts().find(rossi.id()).orElseThrow();
        List<ContactLink> links = saved.links().stream().map(link -> new ContactLink(link.contactId(), link.description(),
                link.signerPriority(), link.signerAuthority(), link.access().stream().map(EmailAccess::email).map(EmailAccess::none).toList()))
                .toList();
        accounts().update(new Account(saved.id(), saved.type(), saved.name(), saved.companyName(), saved.companyAddress(), saved.team(),
                links, saved.version()), anna.id(), NOW);

        assertThat(emails().syncAddresses(rossi.id())).isEmpty();
    }

    @Test
    void issue13_item6_threads_come_newest_first_counted_over_the_matching_messages_only() {
        UUID older = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        store(EmailSeed.message(older, "Tax return", MARIO, FIRM, at(1)));
        store(EmailSeed.message(older, "Tax return", FIRM, MARIO, at(2)).cc(GIULIA).file(file("return.pdf", "pdf")));
        store(EmailSeed.message(older, "Tax return", FIRM, STRANGER, at(30))); // same thread, not the account's mail
        store(EmailSeed.message(newer, "Invoice", GIULIA, FIRM, at(10)));
        store(EmailSeed.message(UUID.randomUUID(), "Other", STRANGER, FIRM, at(40)));

        assertThat(emails().threads(Set.of(MARIO, GIULIA), Optional.empty(), 10))
                .extracting(EmailThreadSummary::id, EmailThreadSummary::subject, EmailThreadSummary::participants,
                        EmailThreadSummary::lastMessageAt, EmailThreadSummary::messageCount, EmailThreadSummary::attachments)
                .containsExactly(tuple(newer, "Invoice", List.of(GIULIA), at(10), 1, false),
                        tuple(older, "Tax return", List.of(GIULIA, MARIO), at(2), 2, true));
    }

    @Test
    void issue13_item6_a_message_naming_two_of_the_addresses_counts_once() {
        UUID thread = UUID.randomUUID();
        store(EmailSeed.message(thread, "Both", FIRM, MARIO, at(1)).cc(GIULIA));

        assertThat(emails().threads(Set.of(MARIO, GIULIA), Optional.empty(), 10)).singleElement()
                .extracting(EmailThreadSummary::messageCount).isEqualTo(1);
    }

    @Test
    void issue13_item6_pages_follow_each_other_by_keyset_even_when_times_are_equal() {
        List<UUID> threads = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        store(EmailSeed.message(threads.get(0), "A", MARIO, FIRM, at(1)));
        store(EmailSeed.message(threads.get(1), "B", MARIO, FIRM, at(5)));
        store(EmailSeed.message(threads.get(2), "C", MARIO, FIRM, at(5)));
        store(EmailSeed.message(threads.get(3), "D", MARIO, FIRM, at(9)));

        List<EmailThreadSummary> first = emails().threads(Set.of(MARIO), Optional.empty(), 2);
        List<EmailThreadSummary> second = emails().threads(Set.of(MARIO), Optional.of(first.getLast().cursor()), 2);
        List<EmailThreadSummary> third = emails().threads(Set.of(MARIO), Optional.of(second.getLast().cursor()), 2);

        UUID higher = threads.get(1).toString().compareTo(threads.get(2).toString()) > 0 ? threads.get(1) : threads.get(2);
        UUID lower = higher.equals(threads.get(1)) ? threads.get(2) : threads.get(1);
        assertThat(first).extracting(EmailThreadSummary::id).containsExactly(threads.get(3), higher);
        assertThat(second).extracting(EmailThreadSummary::id).containsExactly(lower, threads.get(0));
        assertThat(third).isEmpty();
    }

    @Test
    void issue13_item6_an_open_thread_shows_only_its_matching_messages_oldest_first_with_their_parties_and_files() {
        UUID thread = UUID.randomUUID();
        var kept = file("return.pdf", "the return");
        var tooLarge = new EmailSeed.File(UUID.randomUUID(), "scan.tif", Optional.empty());
        EmailSeed answer = EmailSeed.message(thread, "Tax return", FIRM, MARIO, at(5)).cc(GIULIA, STRANGER).html("<p>Hi</p>")
                .file(kept).file(tooLarge);
        EmailSeed question = EmailSeed.message(thread, "Tax return", MARIO, FIRM, at(1));
        store(answer);
        store(EmailSeed.message(thread, "Tax return", FIRM, STRANGER, at(3)));
        store(question);

        var shown = emails().thread(Set.of(MARIO), thread).orElseThrow();

        assertThat(shown.subject()).isEqualTo("Tax return");
        assertThat(shown.messages()).extracting(SyncedMessage::id, SyncedMessage::from, SyncedMessage::to, SyncedMessage::cc,
                        SyncedMessage::sentAt, SyncedMessage::textBody, SyncedMessage::htmlBody)
                .containsExactly(tuple(question.id(), MARIO, List.of(FIRM), List.of(), at(1), Optional.of(question.text()), Optional.empty()),
                        tuple(answer.id(), FIRM, List.of(MARIO), List.of(GIULIA, STRANGER), at(5), Optional.of(answer.text()),
                                Optional.of("<p>Hi</p>")));
        assertThat(shown.messages().getLast().attachments()).extracting(SyncedAttachment::id, SyncedAttachment::fileName,
                        SyncedAttachment::kept)
                .containsExactly(tuple(kept.id(), "return.pdf", true), tuple(tooLarge.id(), "scan.tif", false));
        assertThat(shown.messages().getLast().attachments().getFirst().size()).isEqualTo(10);
    }

    @Test
    void issue13_item5_no_addresses_find_nothing() {
        UUID thread = UUID.randomUUID();
        var kept = file("ours.txt", "ours");
        store(EmailSeed.message(thread, "Ours", MARIO, FIRM, at(1)).file(kept));

        assertThat(emails().threads(Set.of(), Optional.empty(), 10)).isEmpty();
        assertThat(emails().thread(Set.of(), thread)).isEmpty();
        assertThat(emails().attachment(Set.of(), kept.id())).isEmpty();
    }

    @Test
    void issue13_route_authorisation_a_thread_without_a_matching_message_reads_as_nothing() {
        UUID thread = UUID.randomUUID();
        store(EmailSeed.message(thread, "Elsewhere", STRANGER, FIRM, at(1)));

        assertThat(emails().thread(Set.of(MARIO), thread)).isEmpty();
        assertThat(emails().thread(Set.of(MARIO), UUID.randomUUID())).isEmpty();
    }

    @Test
    void issue13_route_authorisation_a_file_is_given_only_from_a_matching_message_and_only_when_kept() {
        var ours = file("ours.txt", "ours");
        var theirs = file("theirs.txt", "theirs");
        var tooLarge = new EmailSeed.File(UUID.randomUUID(), "scan.tif", Optional.empty());
        store(EmailSeed.message(UUID.randomUUID(), "Ours", MARIO, FIRM, at(1)).file(ours).file(tooLarge));
        store(EmailSeed.message(UUID.randomUUID(), "Theirs", STRANGER, FIRM, at(1)).file(theirs));

        assertThat(emails().attachment(Set.of(MARIO), ours.id())).hasValueSatisfying(found -> {
            assertThat(found.fileName()).isEqualTo("ours.txt");
            assertThat(new String(found.content(), StandardCharsets.UTF_8)).isEqualTo("ours");
        });
        assertThat(emails().attachment(Set.of(MARIO), theirs.id())).isEmpty();
        assertThat(emails().attachment(Set.of(MARIO), tooLarge.id())).isEmpty();
    }
}
