package io.portico.application.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.mailbox.port.out.MailboxHealthPort;
import io.portico.application.mailbox.port.out.MailboxHealthPort.FailingMailbox;
import io.portico.application.mailbox.port.out.MailboxPort;
import io.portico.domain.mailbox.MailServer;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.MailboxHealth;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.mailbox.Secret;
import io.portico.domain.mailbox.Security;
import io.portico.domain.mailbox.SyncError;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link MailboxPort} and {@link MailboxHealthPort} does; each test starts with no mailboxes and an empty outbox. */
public abstract class MailboxPortContract {

    protected abstract MailboxPort mailboxes();

    protected abstract MailboxHealthPort health();

    /** Queues a mail to be sent through the mailbox (item 7), pending. */
    protected abstract void queueUnsentMailThrough(MailboxId mailbox);

    /** Marks every queued mail sent. */
    protected abstract void sendAllQueued();

    protected final Instant now = Instant.parse("2026-11-30T09:00:00Z");

    public static Mailbox mailbox(String name, String address) {
        return new Mailbox(MailboxId.random(), name, new EmailAddress(address),
                new MailServer("imap.studio.example", 993, Security.TLS, address, new Secret("imap-pass " + name)),
                new MailServer("smtp.studio.example", 587, Security.STARTTLS, "smtp-" + address, new Secret("smtp-pass " + name)));
    }

    @Test
    void D1_mailboxes_are_kept_with_their_servers_and_passwords_and_listed_by_name() {
        Mailbox office = mailbox("Office", "office@studio.example");
        Mailbox anna = mailbox("Anna", "anna@studio.example");
        mailboxes().add(office, now);
        mailboxes().add(anna, now);

        assertThat(mailboxes().find(office.id())).contains(office);
        assertThat(mailboxes().find(office.id()).orElseThrow().imap().password().value()).isEqualTo("imap-pass Office");
        assertThat(mailboxes().find(office.id()).orElseThrow().smtp().password().value()).isEqualTo("smtp-pass Office");
        assertThat(mailboxes().all()).containsExactly(anna, office);
        assertThat(mailboxes().find(MailboxId.random())).isEmpty();
    }

    @Test
    void D1_an_address_a_mailbox_has_is_refused_whatever_its_capitals() {
        mailboxes().add(mailbox("Office", "office@studio.example"), now);
        Mailbox other = mailbox("Other", "OFFICE@Studio.example");

        assertThatThrownBy(() -> mailboxes().add(other, now)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("mailboxAddress");
            assertThat(e.messageKey()).isEqualTo("mailbox.address-taken");
        });
        assertThat(mailboxes().all()).extracting(Mailbox::name).containsExactly("Office");
    }

    @Test
    void D1_a_mailbox_is_changed_but_not_onto_another_mailboxs_address() {
        Mailbox office = mailbox("Office", "office@studio.example");
        Mailbox anna = mailbox("Anna", "anna@studio.example");
        mailboxes().add(office, now);
        mailboxes().add(anna, now);

        Mailbox changed = new Mailbox(office.id(), "Front office", new EmailAddress("front@studio.example"),
                new MailServer("mail.example", 143, Security.NONE, "front", new Secret("new imap")), office.smtp());
        mailboxes().update(changed);
        assertThat(mailboxes().find(office.id())).contains(changed);

        Mailbox clash = new Mailbox(anna.id(), anna.name(), new EmailAddress("Front@studio.example"), anna.imap(), anna.smtp());
        assertThatThrownBy(() -> mailboxes().update(clash)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("mailbox.address-taken"));
        assertThat(mailboxes().find(anna.id())).contains(anna);
        assertThatThrownBy(() -> mailboxes().update(mailbox("Gone", "gone@studio.example")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("mailbox");
                    assertThat(e.messageKey()).isEqualTo("mailbox.not-found");
                });
    }

    @Test
    void issue13_item1_a_mailbox_with_mail_still_to_send_is_not_removed_until_it_is_sent() {
        Mailbox office = mailbox("Office", "office@studio.example");
        mailboxes().add(office, now);
        queueUnsentMailThrough(office.id());

        assertThatThrownBy(() -> mailboxes().remove(office.id())).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("mailbox");
            assertThat(e.messageKey()).isEqualTo("mailbox.unsent-mail");
        });
        assertThat(mailboxes().find(office.id())).isPresent();

        sendAllQueued();
        mailboxes().remove(office.id());
        assertThat(mailboxes().find(office.id())).isEmpty();
        mailboxes().remove(office.id()); // an unknown id changes nothing
    }

    @Test
    void issue13_item2_health_counts_passes_and_keeps_the_failing_spell_from_its_first_failure_until_a_success() {
        Mailbox office = mailbox("Office", "office@studio.example");
        Mailbox idle = mailbox("Idle", "idle@studio.example");
        mailboxes().add(office, now);
        mailboxes().add(idle, now);

        health().synced(office.id(), now, 10, 3);
        health().synced(office.id(), now.plusSeconds(60), 2, 1);
        assertThat(health().health()).containsEntry(office.id(),
                new MailboxHealth(Optional.of(now.plusSeconds(60)), 12, 4, Optional.empty(), Optional.empty()))
                .containsEntry(idle.id(), MailboxHealth.NEW);

        health().failed(office.id(), now.plusSeconds(120), SyncError.TIMEOUT);
        health().failed(office.id(), now.plusSeconds(180), SyncError.WRONG_PASSWORD);
        assertThat(health().health().get(office.id())).isEqualTo(new MailboxHealth(Optional.of(now.plusSeconds(60)), 12, 4,
                Optional.of(SyncError.WRONG_PASSWORD), Optional.of(now.plusSeconds(120))));

        health().synced(office.id(), now.plusSeconds(240), 0, 0);
        assertThat(health().health().get(office.id()).failing()).isFalse();
        assertThat(health().health().get(office.id()).lastError()).isEmpty();
    }

    @Test
    void issue13_item2_a_failing_spell_is_noticed_once_and_a_new_spell_again() {
        Mailbox office = mailbox("Office", "office@studio.example");
        Mailbox fine = mailbox("Fine", "fine@studio.example");
        mailboxes().add(office, now);
        mailboxes().add(fine, now);
        health().synced(fine.id(), now, 1, 0);
        health().failed(office.id(), now, SyncError.HOST_UNREACHABLE);

        assertThat(health().failingUnnoticedSince(now)).as("failing since exactly then is not before").isEmpty();
        assertThat(health().failingUnnoticedSince(now.plusSeconds(1)))
                .containsExactly(new FailingMailbox(office.id(), "Office", SyncError.HOST_UNREACHABLE, now));
        assertThat(health().noticed(office.id(), now.plusSeconds(1))).isTrue();
        assertThat(health().noticed(office.id(), now.plusSeconds(2))).as("once per spell").isFalse();
        assertThat(health().failingUnnoticedSince(now.plusSeconds(60))).isEmpty();
        assertThat(health().noticed(fine.id(), now)).as("not failing").isFalse();

        health().synced(office.id(), now.plusSeconds(100), 0, 0);
        health().failed(office.id(), now.plusSeconds(200), SyncError.CERTIFICATE);
        assertThat(health().failingUnnoticedSince(now.plusSeconds(201)))
                .containsExactly(new FailingMailbox(office.id(), "Office", SyncError.CERTIFICATE, now.plusSeconds(200)));
    }
}
