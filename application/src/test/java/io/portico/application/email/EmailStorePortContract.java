package io.portico.application.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.email.port.out.EmailStorePort;
import io.portico.domain.email.MailAttachment;
import io.portico.domain.email.MailMessage;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.shared.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link EmailStorePort} does (item 4): keep once by Message-ID, thread, keep the threads' figures. */
public abstract class EmailStorePortContract {

    /** A thread's figures as stored. */
    public record Figures(int messageCount, Instant lastMessageAt) {
    }

    protected static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    protected abstract EmailStorePort store();

    /** A firm mailbox with this address. */
    protected abstract MailboxId mailbox(EmailAddress address);

    protected abstract Optional<UUID> threadOf(String messageId);

    protected abstract Figures figures(UUID thread);

    protected abstract int messageCount();

    private MailboxId studio;

    @BeforeEach
    void firm() {
        studio = mailbox(new EmailAddress("studio@firm.it"));
    }

    protected static MailMessage mail(String id, String subject, int daysAgo, String from, String... to) {
        return new MailMessage(id, Optional.empty(), List.of(), subject, new EmailAddress(from), Optional.of("Mario Rossi"),
                java.util.Arrays.stream(to).map(EmailAddress::new).toList(), List.of(),
                NOW.minus(Duration.ofDays(daysAgo)), Optional.of("text"), Optional.of("<p>html</p>"),
                List.of(new MailAttachment("a.pdf", "application/pdf", 3, Optional.of(new byte[] {1, 2, 3})),
                        new MailAttachment("huge.zip", "application/zip", 30_000_000, Optional.empty())));
    }

    protected static MailMessage replying(MailMessage mail, Optional<String> inReplyTo, String... references) {
        return new MailMessage(mail.messageId(), inReplyTo, List.of(references), mail.subject(), mail.from(), mail.fromName(), mail.to(),
                mail.cc(), mail.sentAt(), mail.textBody(), mail.htmlBody(), mail.attachments());
    }

    protected MailboxId studio() {
        return studio;
    }

    @Test
    void issue13_item4_a_message_is_kept_once_by_its_message_id_also_from_another_mailbox() {
        MailboxId partner = mailbox(new EmailAddress("partner@firm.it"));
        var first = store().storeAll(studio, List.of(mail("<a@x>", "A", 2, "rossi@client.it", "studio@firm.it"),
                mail("<b@x>", "B", 1, "rossi@client.it", "studio@firm.it"), mail("<a@x>", "A", 2, "rossi@client.it", "studio@firm.it")), NOW);
        var again = store().storeAll(partner, List.of(mail("<b@x>", "B", 1, "rossi@client.it", "partner@firm.it"),
                mail("<c@x>", "C", 0, "rossi@client.it", "partner@firm.it")), NOW);

        assertThat(first).hasSize(2).doesNotHaveDuplicates();
        assertThat(again).hasSize(1);
        assertThat(messageCount()).isEqualTo(3);
        assertThat(store().storeAll(studio, List.of(), NOW)).isEmpty();
    }

    @Test
    void issue13_item4_a_reply_joins_its_thread_by_in_reply_to_or_references_across_batches() {
        store().storeAll(studio, List.of(mail("<q@x>", "Question", 3, "rossi@client.it", "studio@firm.it")), NOW);

        store().storeAll(studio, List.of(
                replying(mail("<r1@x>", "Something else", 2, "studio@firm.it", "other@client.it"), Optional.of("<q@x>")),
                replying(mail("<r2@x>", "Yet another", 1, "x@client.it", "studio@firm.it"), Optional.of("<unknown@x>"), "<q@x>", "<lost@x>")),
                NOW);

        UUID thread = threadOf("<q@x>").orElseThrow();
        assertThat(threadOf("<r1@x>")).contains(thread);
        assertThat(threadOf("<r2@x>")).contains(thread);
        assertThat(figures(thread)).isEqualTo(new Figures(3, NOW.minus(Duration.ofDays(1))));
    }

    @Test
    void issue13_item4_without_known_headers_the_normalised_subject_threads_mail_with_the_same_client() {
        store().storeAll(studio, List.of(mail("<q@x>", "Tax return 2025", 30, "rossi@client.it", "studio@firm.it")), NOW);

        store().storeAll(studio, List.of(
                mail("<same@x>", "RE: tax return 2025", 5, "studio@firm.it", "rossi@client.it"),
                mail("<firm-only@x>", "Tax return 2025", 4, "bianchi@client.it", "studio@firm.it")), NOW);

        assertThat(threadOf("<same@x>")).isEqualTo(threadOf("<q@x>"));
        assertThat(threadOf("<firm-only@x>")).as("only the firm's address in common").isNotEqualTo(threadOf("<q@x>"));
        assertThat(figures(threadOf("<q@x>").orElseThrow())).isEqualTo(new Figures(2, NOW.minus(Duration.ofDays(5))));
    }

    @Test
    void issue13_item4_a_thread_silent_for_more_than_ninety_days_is_not_joined_by_subject() {
        store().storeAll(studio, List.of(mail("<q@x>", "Tax return", 200, "rossi@client.it", "studio@firm.it")), NOW);

        store().storeAll(studio, List.of(mail("<late@x>", "Re: Tax return", 100, "rossi@client.it", "studio@firm.it")), NOW);

        assertThat(threadOf("<late@x>")).isNotEqualTo(threadOf("<q@x>"));
        assertThat(figures(threadOf("<late@x>").orElseThrow())).isEqualTo(new Figures(1, NOW.minus(Duration.ofDays(100))));
    }

    @Test
    void issue13_item4_messages_of_one_batch_that_refer_to_each_other_thread_together() {
        var question = mail("<q@x>", "Deadline", 3, "rossi@client.it", "studio@firm.it");
        var answer = replying(mail("<a@x>", "Re: Deadline", 2, "studio@firm.it", "rossi@client.it"), Optional.of("<q@x>"), "<q@x>");

        List<UUID> ids = store().storeAll(studio, List.of(answer, question), NOW);

        assertThat(ids).hasSize(2);
        assertThat(threadOf("<a@x>")).isEqualTo(threadOf("<q@x>"));
        assertThat(figures(threadOf("<q@x>").orElseThrow())).isEqualTo(new Figures(2, NOW.minus(Duration.ofDays(2))));
    }
}
