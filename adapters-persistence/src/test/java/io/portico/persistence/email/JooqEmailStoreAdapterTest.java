package io.portico.persistence.email;

import static io.portico.persistence.jooq.Tables.EMAIL_ATTACHMENT;
import static io.portico.persistence.jooq.Tables.EMAIL_MESSAGE;
import static io.portico.persistence.jooq.Tables.EMAIL_MESSAGE_ADDRESS;
import static io.portico.persistence.jooq.Tables.EMAIL_THREAD;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.email.EmailStorePortContract;
import io.portico.application.email.port.out.EmailStorePort;
import io.portico.domain.email.MailMessage;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.shared.EmailAddress;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqEmailStoreAdapterTest extends EmailStorePortContract {

    private final DSLContext dsl = TestPostgres.get().dsl();
    private final EmailStorePort store = new JooqEmailStoreAdapter(dsl);

    @Override
    protected EmailStorePort store() {
        return store;
    }

    @Override
    protected MailboxId mailbox(EmailAddress address) {
        return EmailAdapters.mailboxRow(dsl, address.value(), NOW);
    }

    @Override
    protected Optional<UUID> threadOf(String messageId) {
        return dsl.select(EMAIL_MESSAGE.THREAD_ID).from(EMAIL_MESSAGE).where(EMAIL_MESSAGE.MESSAGE_ID.eq(messageId))
                .fetchOptional(EMAIL_MESSAGE.THREAD_ID);
    }

    @Override
    protected Figures figures(UUID thread) {
        var row = dsl.selectFrom(EMAIL_THREAD).where(EMAIL_THREAD.ID.eq(thread)).fetchSingle();
        return new Figures(row.getMessageCount(), row.getLastMessageAt());
    }

    @Override
    protected int messageCount() {
        return dsl.fetchCount(EMAIL_MESSAGE);
    }

    @Test
    void issue13_item4_every_address_is_kept_once_per_role_as_a_lookup_key_with_its_thread_and_time() {
        MailMessage plain = mail("<a@x>", "A", 1, "Rossi@Client.it", "studio@firm.it", "STUDIO@firm.it", "bianchi@client.it");
        MailMessage mail = new MailMessage(plain.messageId(), plain.inReplyTo(), plain.references(), plain.subject(), plain.from(),
                plain.fromName(), plain.to(), List.of(new EmailAddress("Rossi@client.it")), plain.sentAt(), plain.textBody(), plain.htmlBody(),
                plain.attachments());
        UUID id = store.storeAll(studio(), List.of(mail), NOW).getFirst();

        var rows = dsl.selectFrom(EMAIL_MESSAGE_ADDRESS).where(EMAIL_MESSAGE_ADDRESS.MESSAGE_ID.eq(id)).fetch();
        assertThat(rows).extracting(row -> row.getRole() + " " + row.getAddress()).containsExactlyInAnyOrder(
                "FROM rossi@client.it", "TO studio@firm.it", "TO bianchi@client.it", "CC rossi@client.it");
        assertThat(rows).allMatch(row -> row.getThreadId().equals(threadOf("<a@x>").orElseThrow()) && row.getSentAt().equals(mail.sentAt()));
        var message = dsl.selectFrom(EMAIL_MESSAGE).where(EMAIL_MESSAGE.ID.eq(id)).fetchSingle();
        assertThat(message.getMailboxId()).isEqualTo(studio().value());
        assertThat(message.getFromAddress()).isEqualTo(new EmailAddress("Rossi@Client.it").value());
        assertThat(message.getFromName()).isEqualTo("Mario Rossi");
        assertThat(message.getAttachmentCount()).isEqualTo(2);
        assertThat(message.getStoredAt()).isEqualTo(NOW);
    }

    @Test
    void issue13_item4_the_threading_headers_are_kept_as_given() {
        store.storeAll(studio(), List.of(replying(mail("<r@x>", "Re: A", 1, "rossi@client.it", "studio@firm.it"), Optional.of("<q@x>"),
                "<p@x>", "<q@x>"), mail("<plain@x>", "B", 1, "rossi@client.it", "studio@firm.it")), NOW);

        var reply = dsl.selectFrom(EMAIL_MESSAGE).where(EMAIL_MESSAGE.MESSAGE_ID.eq("<r@x>")).fetchSingle();
        assertThat(reply.getInReplyTo()).isEqualTo("<q@x>");
        assertThat(reply.getReferencesHeader()).containsExactly("<p@x>", "<q@x>");
        var plain = dsl.selectFrom(EMAIL_MESSAGE).where(EMAIL_MESSAGE.MESSAGE_ID.eq("<plain@x>")).fetchSingle();
        assertThat(plain.getInReplyTo()).isNull();
        assertThat(plain.getReferencesHeader()).isEmpty();
        assertThat(dsl.selectFrom(EMAIL_THREAD).where(EMAIL_THREAD.ID.eq(plain.getThreadId())).fetchSingle().getSubject()).isEqualTo("B");
    }

    @Test
    void issue13_item4_attachments_over_the_cap_are_listed_without_content() {
        UUID id = store.storeAll(studio(), List.of(mail("<a@x>", "A", 1, "rossi@client.it", "studio@firm.it")), NOW).getFirst();

        var files = dsl.selectFrom(EMAIL_ATTACHMENT).where(EMAIL_ATTACHMENT.MESSAGE_ID.eq(id)).orderBy(EMAIL_ATTACHMENT.POSITION).fetch();
        assertThat(files).extracting(file -> file.getPosition() + " " + file.getFileName() + " " + file.getSize())
                .containsExactly("0 a.pdf 3", "1 huge.zip 30000000");
        assertThat(files.get(0).getContent()).containsExactly(1, 2, 3);
        assertThat(files.get(1).getContent()).isNull();
    }

    @Test
    void issue13_item4_text_with_nul_characters_from_broken_mail_is_stored_without_them() {
        MailMessage mail = mail("<nul@x>", "Bad\0subject", 1, "rossi@client.it", "studio@firm.it");
        mail = new MailMessage(mail.messageId(), mail.inReplyTo(), mail.references(), mail.subject(), mail.from(), Optional.of("Ma\0rio"),
                mail.to(), mail.cc(), mail.sentAt(), Optional.of("te\0xt"), Optional.empty(), List.of());

        store.storeAll(studio(), List.of(mail), NOW);

        var row = dsl.selectFrom(EMAIL_MESSAGE).fetchSingle();
        assertThat(row.getSubject()).isEqualTo("Badsubject");
        assertThat(row.getTextBody()).isEqualTo("text");
        assertThat(row.getHtmlBody()).isNull();
        assertThat(row.getFromName()).isEqualTo("Mario");
    }
}
