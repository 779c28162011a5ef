package io.portico.application.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.mail.RecordingMailSender;
import io.portico.application.mail.port.out.MailboxEnvelope;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mail.port.out.SendMailPort.MailDeliveryException;
import io.portico.application.mailbox.port.out.SendThroughMailboxPort;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 13 item 7: a mail with an envelope leaves through its mailbox's SMTP server; the others as before. */
class MailboxSendingTest {

    private final InMemoryMailboxes mailboxes = new InMemoryMailboxes();
    private final RecordingMailSender application = new RecordingMailSender();
    private final Mailbox office = MailboxPortContract.mailbox("Office", "office@studio.example");
    private final Mailbox anna = MailboxPortContract.mailbox("Anna", "anna@studio.example");

    /** Remembers which mailbox sent what; refuses mails to "refused@…". */
    private final List<String> sentThrough = new ArrayList<>();
    private final SendThroughMailboxPort smtp = (mailbox, mails) -> {
        Map<Integer, RuntimeException> failed = new HashMap<>();
        for (int i = 0; i < mails.size(); i++) {
            if (mails.get(i).to().value().startsWith("refused@")) {
                failed.put(i, new MailDeliveryException("refused", null));
            } else {
                sentThrough.add(mailbox.name() + " -> " + mails.get(i).to().value());
            }
        }
        return failed;
    };
    private final MailboxSending sending = new MailboxSending(application, mailboxes, smtp);

    private static OutgoingMail mail(String to) {
        return new OutgoingMail(new EmailAddress(to), "Subject", "<p>Hi</p>", "Hi");
    }

    private static OutgoingMail through(Mailbox mailbox, String to) {
        return mail(to).withEnvelope(new MailboxEnvelope(mailbox.id(), "<" + to + ">", Optional.empty(), List.of(), List.of()));
    }

    @Test
    void issue13_item7_each_mail_goes_through_its_mailbox_or_the_application_sender_and_failures_keep_their_positions() {
        mailboxes.add(office, Instant.EPOCH);
        mailboxes.add(anna, Instant.EPOCH);

        Map<Integer, RuntimeException> failed = sending.sendAll(List.of(mail("plain@x.example"), through(office, "a@client.example"),
                through(anna, "b@client.example"), through(office, "refused@client.example"), through(office, "c@client.example")));

        assertThat(application.sent()).extracting(m -> m.to().value()).containsExactly("plain@x.example");
        assertThat(sentThrough).containsExactly("Office -> a@client.example", "Office -> c@client.example", "Anna -> b@client.example");
        assertThat(failed).containsOnlyKeys(3);
    }

    @Test
    void issue13_item7_a_mail_whose_mailbox_is_gone_fails_alone() {
        mailboxes.add(office, Instant.EPOCH);
        Mailbox gone = MailboxPortContract.mailbox("Gone", "gone@studio.example");

        Map<Integer, RuntimeException> failed = sending.sendAll(List.of(through(gone, "a@client.example"), through(office, "b@client.example")));

        assertThat(failed).containsOnlyKeys(0);
        assertThat(failed.get(0)).isInstanceOf(MailDeliveryException.class).hasMessageContaining(gone.id().value().toString());
        assertThat(sentThrough).containsExactly("Office -> b@client.example");
    }

    @Test
    void issue13_item7_sending_one_mail_throws_its_failure() {
        mailboxes.add(office, Instant.EPOCH);
        sending.send(through(office, "a@client.example"));
        sending.send(mail("plain@x.example"));
        assertThat(sentThrough).containsExactly("Office -> a@client.example");
        assertThat(application.sent()).hasSize(1);
        assertThatThrownBy(() -> sending.send(through(office, "refused@client.example"))).isInstanceOf(MailDeliveryException.class);
    }
}
