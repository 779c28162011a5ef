package io.portico.application.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mail.port.out.QueuedMail;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.FileAttachment;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MailOutboxPort} does; each test starts with an empty outbox. Claiming runs
 * inside {@link #inTransaction} as the dispatcher does.
 */
public abstract class MailOutboxPortContract {

    protected abstract MailOutboxPort outbox();

    /** Runs claim-and-mark work as one transaction of the implementation under test. */
    protected abstract <T> T inTransaction(java.util.function.Supplier<T> work);

    /** A mailbox the store knows, for mails sent through one (item 7). */
    protected abstract io.portico.domain.mailbox.MailboxId aMailbox();

    private final Instant now = Instant.parse("2026-03-01T09:00:00Z");

    static OutgoingMail mail(String to) {
        return new OutgoingMail(new EmailAddress(to), "Subject for " + to, "<p>Hello</p>", "Hello");
    }

    private List<QueuedMail> claim(Instant at) {
        return inTransaction(() -> outbox().claimDue(at, 10));
    }

    @Test
    void queued_mail_is_claimed_with_its_content_oldest_first() {
        outbox().enqueue(mail("first@x.it"), now);
        outbox().enqueue(mail("second@x.it"), now.plusSeconds(1));
        var due = claim(now.plusSeconds(2));
        assertThat(due).extracting(QueuedMail::mail).containsExactly(mail("first@x.it"), mail("second@x.it"));
        assertThat(due).extracting(QueuedMail::failedAttempts).containsOnly(0);
    }

    @Test
    void issue11_reply_to_and_attachments_are_kept_until_sent() {
        var invoice = new FileAttachment("invoice.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8));
        var notes = new FileAttachment("notes.txt", "text/plain", "notes".getBytes(StandardCharsets.UTF_8));
        outbox().enqueue(mail("a@x.it").withReplyTo(new EmailAddress("office@firm.it")).withAttachments(List.of(invoice, notes)), now);
        outbox().enqueue(mail("b@x.it"), now.plusSeconds(1));

        var due = claim(now.plusSeconds(2));

        OutgoingMail withFiles = due.getFirst().mail();
        assertThat(withFiles.replyTo()).contains(new EmailAddress("office@firm.it"));
        assertThat(withFiles.attachments()).extracting(FileAttachment::fileName, FileAttachment::contentType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("invoice.pdf", "application/pdf"),
                        org.assertj.core.groups.Tuple.tuple("notes.txt", "text/plain"));
        assertThat(withFiles.attachments().getFirst().content()).isEqualTo(invoice.content());
        assertThat(due.get(1).mail().replyTo()).isEmpty();
        assertThat(due.get(1).mail().attachments()).isEmpty();
    }

    @Test
    void issue11_many_mails_are_queued_in_one_batch_each_with_its_own_id_in_order() {
        List<java.util.UUID> ids = outbox().enqueueAll(List.of(mail("first@x.it"), mail("second@x.it")), now);

        var due = claim(now);
        assertThat(due).extracting(QueuedMail::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(due).filteredOn(q -> q.id().equals(ids.get(1))).extracting(QueuedMail::mail).containsExactly(mail("second@x.it"));
        assertThat(outbox().enqueueAll(List.of(), now)).isEmpty();
    }

    @Test
    void sent_mail_is_never_claimed_again() {
        outbox().enqueue(mail("a@x.it"), now);
        inTransaction(() -> {
            outbox().claimDue(now, 10).forEach(q -> outbox().markSent(q.id(), now));
            return null;
        });
        assertThat(claim(now.plusSeconds(3600))).isEmpty();
    }

    @Test
    void failed_mail_waits_for_its_next_attempt() {
        outbox().enqueue(mail("a@x.it"), now);
        QueuedMail queued = claim(now).getFirst();
        outbox().markFailed(queued.id(), 1, now.plusSeconds(30), "connection refused");
        assertThat(claim(now.plusSeconds(29))).isEmpty();
        assertThat(claim(now.plusSeconds(30))).extracting(QueuedMail::failedAttempts).containsExactly(1);
    }

    @Test
    void dead_mail_is_not_claimed_and_is_listed_as_undeliverable() {
        outbox().enqueue(mail("a@x.it"), now);
        QueuedMail queued = claim(now).getFirst();
        outbox().markDead(queued.id(), 10, "mailbox unavailable");
        assertThat(claim(now.plusSeconds(86_400))).isEmpty();
        assertThat(outbox().undeliverable(10)).singleElement().satisfies(dead -> {
            assertThat(dead.to()).isEqualTo("a@x.it");
            assertThat(dead.failedAttempts()).isEqualTo(10);
            assertThat(dead.lastError()).isEqualTo("mailbox unavailable");
        });
    }

    @Test
    void claiming_respects_the_limit() {
        for (int i = 0; i < 5; i++) {
            outbox().enqueue(mail("m" + i + "@x.it"), now);
        }
        assertThat(inTransaction(() -> outbox().claimDue(now, 3))).hasSize(3);
    }

    @Test
    void issue10_13_sent_mails_are_deleted_once_sent_before_the_given_time_and_pending_or_dead_ones_never() {
        outbox().enqueue(mail("old@x.it"), now);
        outbox().enqueue(mail("recent@x.it"), now.plusSeconds(1));
        outbox().enqueue(mail("dead@x.it"), now.plusSeconds(2));
        outbox().enqueue(mail("pending@x.it"), now.plusSeconds(3));
        List<QueuedMail> due = claim(now.plusSeconds(2));
        outbox().markSent(due.get(0).id(), now.plusSeconds(10));
        outbox().markSent(due.get(1).id(), now.plusSeconds(20));
        outbox().markDead(due.get(2).id(), 10, "mailbox unavailable");

        assertThat(outbox().deleteSentBefore(now.plusSeconds(10))).as("sent exactly then: kept").isZero();
        assertThat(outbox().deleteSentBefore(now.plusSeconds(11))).isEqualTo(1);
        assertThat(outbox().deleteSentBefore(now.plusSeconds(11))).isZero();
        assertThat(outbox().deleteSentBefore(now.plusSeconds(86_400))).isEqualTo(1);

        assertThat(outbox().undeliverable(10)).extracting(dead -> dead.to()).containsExactly("dead@x.it");
        assertThat(claim(now.plusSeconds(86_400))).extracting(QueuedMail::mail).containsExactly(mail("pending@x.it"));
    }

    @Test
    void issue11_speed_a_dispatchers_batch_is_marked_sent_at_once_and_its_bodies_forgotten() {
        outbox().enqueue(mail("a@x.it"), now);
        outbox().enqueue(mail("b@x.it"), now.plusSeconds(1));
        outbox().enqueue(mail("c@x.it"), now.plusSeconds(2));
        List<QueuedMail> due = claim(now.plusSeconds(2));
        outbox().markSent(List.of(due.get(0).id(), due.get(2).id()), now.plusSeconds(5));
        outbox().markSent(List.of(), now.plusSeconds(5));

        assertThat(claim(now.plusSeconds(60))).extracting(QueuedMail::mail).containsExactly(mail("b@x.it"));
        assertThat(outbox().deleteSentBefore(now.plusSeconds(6))).isEqualTo(2);
    }

    @Test
    void issue13_item7_a_mail_with_an_envelope_keeps_its_mailbox_and_threading_headers_until_sent() {
        var mailbox = aMailbox();
        var envelope = new io.portico.application.mail.port.out.MailboxEnvelope(mailbox, "<reply-1@studio.example>",
                java.util.Optional.of("<question@client.example>"), List.of("<first@client.example>", "<question@client.example>"),
                List.of(new EmailAddress("partner@client.example"), new EmailAddress("Office@Client.example")));
        var bare = new io.portico.application.mail.port.out.MailboxEnvelope(mailbox, "<new-1@studio.example>", java.util.Optional.empty(),
                List.of(), List.of());
        outbox().enqueueAll(List.of(mail("a@x.it").withEnvelope(envelope), mail("b@x.it").withEnvelope(bare), mail("c@x.it")), now);

        var due = claim(now);

        assertThat(due).extracting(q -> q.mail().to().value(), q -> q.mail().envelope())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a@x.it", java.util.Optional.of(envelope)),
                        org.assertj.core.groups.Tuple.tuple("b@x.it", java.util.Optional.of(bare)),
                        org.assertj.core.groups.Tuple.tuple("c@x.it", java.util.Optional.empty()));
    }
}
