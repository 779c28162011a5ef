package io.portico.persistence.mail;

import static io.portico.persistence.shared.Concurrently.arriveAndAwait;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static io.portico.persistence.jooq.Tables.MAIL_OUTBOX;

import io.portico.application.mail.MailOutboxPortContract;
import io.portico.persistence.jooq.tables.records.MailOutboxRecord;
import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mail.port.out.QueuedMail;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.shared.EmailAddress;
import io.portico.persistence.shared.Concurrently;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqMailOutboxAdapterTest extends MailOutboxPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final MailOutboxPort outbox = new JooqMailOutboxAdapter(postgres.dsl());
    private final Transactions transactions = postgres.transactions();
    private final Instant now = Instant.parse("2026-03-01T09:00:00Z");

    @Override
    protected MailOutboxPort outbox() {
        return outbox;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    @Override
    protected io.portico.domain.mailbox.MailboxId aMailbox() {
        var mailbox = io.portico.application.mailbox.MailboxPortContract.mailbox("Office", "office@studio.example");
        io.portico.persistence.mailbox.MailboxAdapters.mailboxes(postgres.dsl()).add(mailbox, now);
        return mailbox.id();
    }

    @Test
    void issue11_a_file_sent_to_many_is_stored_once_and_goes_when_no_mail_needs_it() {
        var file = new io.portico.domain.shared.FileAttachment("letter.pdf", "application/pdf", new byte[] {1, 2, 3});
        for (int i = 0; i < 3; i++) {
            outbox.enqueue(mail("m" + i + "@x.it").withAttachments(List.of(file)), now);
        }
        assertThat(postgres.dsl().fetchCount(io.portico.persistence.jooq.Tables.MAIL_FILE)).isEqualTo(1);

        inTransaction(() -> {
            outbox.claimDue(now, 10).forEach(q -> outbox.markSent(q.id(), now));
            return null;
        });
        outbox.deleteSentBefore(now.plusSeconds(1));

        assertThat(postgres.dsl().fetchCount(io.portico.persistence.jooq.Tables.MAIL_FILE)).isZero();
    }

    @Test
    void mail_queued_by_a_change_that_is_rolled_back_is_never_sent() {
        var failure = new IllegalStateException("the change failed after queueing its mail");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            outbox.enqueue(mail("a@x.it"), now);
            throw failure;
        })).isSameAs(failure);

        assertThat(inTransaction(() -> outbox.claimDue(now.plusSeconds(3600), 10))).isEmpty();
    }

    @Test
    void two_dispatchers_claiming_at_once_get_different_mails_and_between_them_all() throws Exception {
        List<OutgoingMail> queued = IntStream.range(0, 6).mapToObj(i -> mail("m" + i + "@x.it")).toList();
        for (int i = 0; i < queued.size(); i++) {
            outbox.enqueue(queued.get(i), now.plusSeconds(i));
        }
        var bothClaimed = new CountDownLatch(2);
        Callable<List<QueuedMail>> dispatcher = () -> transactions.inTransaction(() -> {
            List<QueuedMail> claimed = outbox.claimDue(now.plusSeconds(60), 3);
            arriveAndAwait(bothClaimed); // keep the rows locked until the other has claimed too
            return claimed;
        });

        List<List<QueuedMail>> claims = Concurrently.run(dispatcher, dispatcher);

        assertThat(claims).allSatisfy(claimed -> assertThat(claimed).hasSize(3));
        assertThat(claims.get(0)).extracting(QueuedMail::id).doesNotContainAnyElementsOf(claims.get(1).stream().map(QueuedMail::id).toList());
        assertThat(claims.stream().flatMap(List::stream).map(QueuedMail::mail)).containsExactlyInAnyOrderElementsOf(queued);
    }

    @Test
    void a_failed_mail_keeps_its_error_and_stays_pending() {
        outbox.enqueue(mail("a@x.it"), now);
        QueuedMail queued = inTransaction(() -> outbox.claimDue(now, 10)).getFirst();
        outbox.markFailed(queued.id(), 1, now.plusSeconds(30), "connection refused");
        assertThat(outbox.undeliverable(10)).isEmpty();
        assertThat(inTransaction(() -> outbox.claimDue(now.plusSeconds(30), 10)))
                .singleElement().extracting(QueuedMail::failedAttempts).isEqualTo(1);
    }

    @Test
    void issue10_13_a_sent_mail_keeps_recipient_subject_status_and_times_but_not_its_body() {
        outbox.enqueue(mail("sent@x.it"), now);
        outbox.enqueue(mail("dead@x.it"), now.plusSeconds(1));
        List<QueuedMail> due = inTransaction(() -> outbox.claimDue(now.plusSeconds(1), 10));
        outbox.markSent(due.get(0).id(), now.plusSeconds(5));
        outbox.markDead(due.get(1).id(), 10, "mailbox unavailable");

        MailOutboxRecord sent = postgres.dsl().selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.eq("sent@x.it")).fetchOne();
        assertThat(sent.getHtmlBody()).as("its links must not outlive the sending").isNull();
        assertThat(sent.getTextBody()).isNull();
        assertThat(sent.getSubject()).isEqualTo("Subject for sent@x.it");
        assertThat(sent.getStatus()).isEqualTo("SENT");
        assertThat(sent.getQueuedAt()).isEqualTo(now);
        assertThat(sent.getSentAt()).isEqualTo(now.plusSeconds(5));
        MailOutboxRecord dead = postgres.dsl().selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.eq("dead@x.it")).fetchOne();
        assertThat(dead.getTextBody()).as("kept for a retry").isEqualTo("Hello");
    }

    private static OutgoingMail mail(String to) {
        return new OutgoingMail(new EmailAddress(to), "Subject for " + to, "<p>Hello</p>", "Hello");
    }
}
