package io.portico.domain.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.domain.email.Threading.Candidate;
import io.portico.domain.email.Threading.Threaded;
import io.portico.domain.shared.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ThreadingTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final Set<String> FIRM = Set.of("studio@firm.it");
    private final UUID kept = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();

    private static MailMessage mail(String id, Optional<String> inReplyTo, List<String> references, String subject, Instant sentAt,
                                    String from, String to) {
        return new MailMessage(id, inReplyTo, references, subject, new EmailAddress(from), Optional.empty(), List.of(new EmailAddress(to)),
                List.of(), sentAt, Optional.empty(), Optional.empty(), List.of());
    }

    private static MailMessage mail(String id, String subject, Instant sentAt, String from, String to) {
        return mail(id, Optional.empty(), List.of(), subject, sentAt, from, to);
    }

    private Threaded one(Threading threading, MailMessage message) {
        return threading.thread(List.of(message)).getFirst();
    }

    @Test
    void issue13_item4_a_reply_joins_the_thread_named_by_in_reply_to_before_references() {
        var threading = new Threading(Map.of("<a>", kept, "<b>", other), List.of(), FIRM, UUID::randomUUID);

        var reply = one(threading, mail("<r>", Optional.of("<a>"), List.of("<b>"), "x", NOW, "rossi@c.it", "studio@firm.it"));

        assertThat(reply.thread()).isEqualTo(kept);
        assertThat(reply.newThread()).isFalse();
    }

    @Test
    void issue13_item4_references_are_followed_from_the_nearest_to_a_kept_message() {
        var threading = new Threading(Map.of("<a>", kept, "<b>", other), List.of(), FIRM, UUID::randomUUID);

        var reply = one(threading, mail("<r>", Optional.of("<gone>"), List.of("<a>", "<b>", "<unknown>"), "x", NOW, "rossi@c.it",
                "studio@firm.it"));

        assertThat(reply.thread()).isEqualTo(other);
    }

    @Test
    void issue13_item4_without_known_headers_the_subject_threads_with_a_shared_address_of_a_client() {
        var threading = new Threading(Map.of(), List.of(
                new Candidate(other, "tax return", NOW.minus(Duration.ofDays(10)), Set.of("bianchi@c.it")),
                new Candidate(kept, "tax return", NOW.minus(Duration.ofDays(20)), Set.of("rossi@c.it"))), FIRM, UUID::randomUUID);

        assertThat(one(threading, mail("<r>", "RE: Tax  Return", NOW, "rossi@c.it", "studio@firm.it")).thread()).isEqualTo(kept);
    }

    @Test
    void issue13_item4_the_latest_thread_wins_among_those_the_subject_rule_allows() {
        var threading = new Threading(Map.of(), List.of(
                new Candidate(other, "tax return", NOW.minus(Duration.ofDays(50)), Set.of("rossi@c.it")),
                new Candidate(kept, "tax return", NOW.minus(Duration.ofDays(5)), Set.of("rossi@c.it"))), FIRM, UUID::randomUUID);

        assertThat(one(threading, mail("<r>", "Tax return", NOW, "rossi@c.it", "studio@firm.it")).thread()).isEqualTo(kept);
    }

    @Test
    void issue13_item4_sharing_only_the_firm_mailbox_or_an_old_thread_or_another_subject_starts_a_thread() {
        UUID fresh = UUID.randomUUID();
        var threading = new Threading(Map.of(), List.of(
                new Candidate(kept, "tax return", NOW.minus(Duration.ofDays(1)), Set.of()),
                new Candidate(other, "tax return", NOW.minus(Threading.SUBJECT_WINDOW).minusSeconds(1), Set.of("rossi@c.it")),
                new Candidate(UUID.randomUUID(), "invoice", NOW, Set.of("rossi@c.it"))), FIRM, () -> fresh);

        var started = one(threading, mail("<r>", "Tax return", NOW, "rossi@c.it", "studio@firm.it"));

        assertThat(started.thread()).isEqualTo(fresh);
        assertThat(started.newThread()).isTrue();
    }

    @Test
    void issue13_item4_a_thread_active_exactly_at_the_window_edge_is_still_open() {
        var threading = new Threading(Map.of(), List.of(
                new Candidate(kept, "tax return", NOW.minus(Threading.SUBJECT_WINDOW), Set.of("rossi@c.it"))), FIRM, UUID::randomUUID);

        assertThat(one(threading, mail("<r>", "Tax return", NOW, "rossi@c.it", "studio@firm.it")).thread()).isEqualTo(kept);
    }

    @Test
    void issue13_item4_an_empty_subject_never_threads_by_subject() {
        var threading = new Threading(Map.of(), List.of(new Candidate(kept, "", NOW, Set.of("rossi@c.it"))), FIRM, UUID::randomUUID);

        assertThat(one(threading, mail("<r>", "Re:", NOW, "rossi@c.it", "studio@firm.it")).thread()).isNotEqualTo(kept);
    }

    @Test
    void issue13_item4_messages_of_one_batch_thread_together_in_the_order_they_were_sent() {
        var threading = new Threading(Map.of(), List.of(), FIRM, UUID::randomUUID);
        var question = mail("<q>", "Deadline", NOW, "rossi@c.it", "studio@firm.it");
        var answer = mail("<a>", Optional.of("<q>"), List.of("<q>"), "Re: Deadline", NOW.plusSeconds(60), "studio@firm.it", "rossi@c.it");
        var followUp = mail("<f>", "deadline", NOW.plusSeconds(120), "rossi@c.it", "studio@firm.it");

        List<Threaded> threaded = threading.thread(List.of(followUp, answer, question));

        assertThat(threaded).extracting(t -> t.message().messageId()).containsExactly("<q>", "<a>", "<f>");
        assertThat(threaded).extracting(Threaded::thread).containsOnly(threaded.getFirst().thread());
        assertThat(threaded).extracting(Threaded::newThread).containsExactly(true, false, false);
    }

    @Test
    void the_parties_of_a_message_are_its_addresses_but_the_firms() {
        var threading = new Threading(Map.of(), List.of(), FIRM, UUID::randomUUID);

        assertThat(threading.parties(mail("<m>", "x", NOW, "Studio@Firm.it", "Rossi@C.it"))).containsExactly("rossi@c.it");
    }
}
