package io.portico.persistence.email;

import static io.portico.persistence.jooq.Tables.DOCUMENT;
import static io.portico.persistence.jooq.Tables.STAFF_NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.domain.email.MailAttachment;
import io.portico.domain.email.MailMessage;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.shared.EmailAddress;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Items 8 and 9: who is told of new synced mail, and which attachments become whose documents. */
@ExtendWith(EmptyDatabase.class)
class JooqSyncedMailAdapterTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final Instant ADDED = NOW.minus(Duration.ofDays(1));

    private final DSLContext dsl = TestPostgres.get().dsl();
    private final SyncFixture fixture = new SyncFixture(dsl);
    private final JooqSyncedMailAdapter synced = new JooqSyncedMailAdapter(dsl);
    private final JooqEmailStoreAdapter store = new JooqEmailStoreAdapter(dsl);
    private MailboxId studio;
    private UUID anna;
    private UUID bruno;
    private UUID carla;
    private UUID rossiAccount;
    private UUID rossiCompany;

    @BeforeEach
    void firm() {
        studio = EmailAdapters.mailboxRow(dsl, "Studio@firm.it", ADDED);
        anna = fixture.staff("anna@firm.it", false);
        bruno = fixture.staff("bruno@firm.it", true);
        carla = fixture.staff("carla@firm.it", false);
        rossiAccount = fixture.account("Mario Rossi", anna, bruno);
        rossiCompany = fixture.account("Rossi Srl", anna, carla);
        UUID other = fixture.account("Other", carla);
        fixture.contact("rossi@client.it", true, rossiAccount, rossiCompany);
        fixture.contact("nosync@client.it", false, other);
    }

    private static MailMessage mail(String id, String from, Duration ago, String... to) {
        var file = new MailAttachment("return.pdf", "application/pdf", 3, Optional.of(new byte[] {1, 2, 3}));
        var huge = new MailAttachment("huge.zip", "application/zip", 30_000_000, Optional.empty());
        return new MailMessage(id, Optional.empty(), List.of(), "Tax return", new EmailAddress(from), Optional.of("Mario Rossi"),
                Arrays.stream(to).map(EmailAddress::new).toList(), List.of(), NOW.minus(ago), Optional.of("text"), Optional.empty(),
                List.of(file, huge));
    }

    private List<UUID> stored(MailMessage... messages) {
        return store.storeAll(studio, List.of(messages), NOW);
    }

    @Test
    void issue13_item8_new_mail_tells_each_team_member_of_each_account_syncing_the_sender_except_who_muted_it() {
        List<UUID> ids = stored(mail("<a@x>", "Rossi@Client.it", Duration.ofHours(1), "studio@firm.it"));

        assertThat(synced.raiseNotices(ids, ADDED, NOW)).isEqualTo(3);

        var notices = dsl.selectFrom(STAFF_NOTIFICATION).fetch();
        assertThat(notices).extracting(n -> n.getRecipient() + " " + n.getLink()).containsExactlyInAnyOrder(
                anna + " account/" + rossiAccount + "?tab=email",
                anna + " account/" + rossiCompany + "?tab=email",
                carla + " account/" + rossiCompany + "?tab=email");
        assertThat(notices).allSatisfy(n -> {
            assertThat(n.getMessageKey()).isEqualTo("inbox.email.received");
            assertThat(n.getCreatedAt()).isEqualTo(NOW);
            assertThat(n.getReadAt()).isNull();
        });
        assertThat(notices).extracting(n -> List.of(n.getArguments()))
                .contains(List.of("Mario Rossi", "Tax return", "Mario Rossi"), List.of("Mario Rossi", "Tax return", "Rossi Srl"));
        assertThat(bruno).isNotNull();
    }

    @Test
    void issue13_item8_backfill_mail_from_the_firm_or_from_an_address_without_email_sync_raises_nothing() {
        List<UUID> ids = stored(
                mail("<old@x>", "rossi@client.it", Duration.ofDays(2), "studio@firm.it"),
                mail("<own@x>", "studio@FIRM.it", Duration.ofHours(1), "rossi@client.it"),
                mail("<nosync@x>", "nosync@client.it", Duration.ofHours(1), "studio@firm.it"));

        assertThat(synced.raiseNotices(ids, ADDED, NOW)).isZero();
        assertThat(synced.raiseNotices(List.of(), ADDED, NOW)).isZero();
        assertThat(dsl.fetchCount(STAFF_NOTIFICATION)).isZero();
    }

    @Test
    void issue13_item9_nothing_is_saved_while_the_firm_does_not_save_attachments() {
        List<UUID> ids = stored(mail("<a@x>", "rossi@client.it", Duration.ofHours(1), "studio@firm.it"));

        assertThat(synced.saveAttachments(ids, NOW)).isZero();
        assertThat(dsl.fetchCount(DOCUMENT)).isZero();
    }

    @Test
    void issue13_item9_kept_attachments_of_mail_since_the_setting_become_documents_of_each_syncing_account_once() {
        fixture.saveAttachmentsSince(NOW.minus(Duration.ofDays(3)));
        List<UUID> ids = stored(
                mail("<before@x>", "rossi@client.it", Duration.ofDays(4), "studio@firm.it"),
                mail("<sent@x>", "studio@firm.it", Duration.ofHours(2), "Rossi@client.it"),
                mail("<nosync@x>", "nosync@client.it", Duration.ofHours(1), "studio@firm.it"));

        assertThat(synced.saveAttachments(ids, NOW)).isEqualTo(2);
        assertThat(synced.saveAttachments(ids, NOW)).as("never twice").isZero();

        var documents = dsl.selectFrom(DOCUMENT).fetch();
        assertThat(documents).extracting(d -> d.getAccountId()).containsExactlyInAnyOrder(rossiAccount, rossiCompany);
        assertThat(documents).allSatisfy(d -> {
            assertThat(d.getFileName()).isEqualTo("return.pdf");
            assertThat(d.getContent()).containsExactly(1, 2, 3);
            assertThat(d.getSize()).isEqualTo(3);
            assertThat(d.getCreatedAt()).isEqualTo(NOW);
            assertThat(d.getSourceMessageId()).isEqualTo(ids.get(1));
            assertThat(d.getSourceAttachmentId()).isNotNull();
        });
    }
}
