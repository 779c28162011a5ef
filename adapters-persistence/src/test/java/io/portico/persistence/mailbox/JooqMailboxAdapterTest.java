package io.portico.persistence.mailbox;

import static io.portico.persistence.jooq.Tables.MAILBOX;
import static io.portico.persistence.jooq.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.mail.port.out.MailboxEnvelope;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mailbox.MailboxPortContract;
import io.portico.application.mailbox.port.out.MailboxHealthPort;
import io.portico.application.mailbox.port.out.MailboxPort;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.shared.EmailAddress;
import io.portico.persistence.mail.MailAdapters;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqMailboxAdapterTest extends MailboxPortContract {

    private static final String KEY = "the configured key, 32 chars ok";

    private final TestPostgres postgres = TestPostgres.get();
    private final JooqMailboxAdapter adapter = new JooqMailboxAdapter(postgres.dsl(), new MailboxSeal(KEY));

    @Override
    protected MailboxPort mailboxes() {
        return adapter;
    }

    @Override
    protected MailboxHealthPort health() {
        return adapter;
    }

    @Override
    protected void queueUnsentMailThrough(MailboxId mailbox) {
        MailAdapters.outbox(postgres.dsl()).enqueue(new OutgoingMail(new EmailAddress("client@client.example"), "Re: papers", "<p>Hi</p>", "Hi")
                .withEnvelope(new MailboxEnvelope(mailbox, "<1@studio.example>", Optional.empty(), List.of(), List.of())), now);
    }

    @Override
    protected void sendAllQueued() {
        MailAdapters.outbox(postgres.dsl()).markSent(postgres.dsl().select(MAIL_OUTBOX.ID).from(MAIL_OUTBOX).fetch(MAIL_OUTBOX.ID), now);
    }

    @Test
    void issue13_item1_passwords_are_stored_sealed_never_as_their_text_and_each_sealing_differs() {
        Mailbox office = mailbox("Office", "office@studio.example");
        adapter.add(office, now);

        var row = sealed(office);
        for (byte[] sealed : List.of(row.value1(), row.value2())) {
            String asText = new String(sealed, StandardCharsets.ISO_8859_1);
            assertThat(asText).doesNotContain("imap-pass").doesNotContain("smtp-pass").doesNotContain("Office");
            assertThat(sealed.length).as("IV and GCM tag around the text").isGreaterThan("smtp-pass Office".length() + 16);
        }
        assertThat(row.value1()).isNotEqualTo(row.value2());

        adapter.update(office);
        assertThat(sealed(office).value1()).as("a fresh IV on every sealing").isNotEqualTo(row.value1());
    }

    private org.jooq.Record2<byte[], byte[]> sealed(Mailbox mailbox) {
        return postgres.dsl().select(MAILBOX.IMAP_PASSWORD, MAILBOX.SMTP_PASSWORD).from(MAILBOX).where(MAILBOX.ID.eq(mailbox.id().value()))
                .fetchSingle();
    }

    @Test
    void issue13_item1_a_wrong_key_cannot_open_the_passwords() {
        Mailbox office = mailbox("Office", "office@studio.example");
        adapter.add(office, now);

        var otherKey = new JooqMailboxAdapter(postgres.dsl(), new MailboxSeal("another key, also long enough"));
        assertThatThrownBy(() -> otherKey.find(office.id())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("portico.mailboxes.key")
                .hasMessageNotContaining("imap-pass");
        assertThat(new JooqMailboxAdapter(postgres.dsl(), new MailboxSeal(KEY)).find(office.id())).contains(office);
    }

    @Test
    void issue13_item1_tampered_bytes_do_not_open() {
        Mailbox office = mailbox("Office", "office@studio.example");
        adapter.add(office, now);
        byte[] sealed = sealed(office).value2();
        sealed[sealed.length - 1] ^= 1;
        postgres.dsl().update(MAILBOX).set(MAILBOX.SMTP_PASSWORD, sealed).execute();

        assertThatThrownBy(() -> adapter.find(office.id())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void issue13_item1_a_short_key_is_refused() {
        assertThatThrownBy(() -> new MailboxSeal("short")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("portico.mailboxes.key");
    }

    @Test
    void issue13_item1_removing_a_mailbox_keeps_the_mail_sent_through_it() {
        Mailbox office = mailbox("Office", "office@studio.example");
        adapter.add(office, now);
        queueUnsentMailThrough(office.id());
        sendAllQueued();

        adapter.remove(office.id());

        assertThat(postgres.dsl().fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.SUBJECT.eq("Re: papers").and(MAIL_OUTBOX.MAILBOX_ID.isNull()))).isEqualTo(1);
    }
}
