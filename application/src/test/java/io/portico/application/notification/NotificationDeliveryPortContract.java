package io.portico.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.notification.port.out.NotificationDeliveryPort;
import io.portico.application.notification.port.out.NotificationDeliveryPort.Delivered;
import io.portico.application.notification.port.out.NotificationDeliveryPort.MailState;
import io.portico.application.notification.port.out.NotificationDeliveryPort.SentNotification;
import io.portico.application.notification.port.out.NotificationDigestPort;
import io.portico.application.notification.port.out.NotificationDigestPort.Digest;
import io.portico.application.notification.port.out.NotificationDigestPort.HeldItem;
import io.portico.application.notification.port.out.NotificationDigestPort.HeldNotification;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.notification.NotificationEvent;
import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** C5 and the daily digest: deliveries by reference, and held notifications claimed per address; each test starts empty. */
public abstract class NotificationDeliveryPortContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract MailOutboxPort outbox();

    protected abstract NotificationDeliveryPort deliveries();

    protected abstract NotificationDigestPort digests();

    protected abstract io.portico.application.account.port.out.AccountArchivePort archive();

    protected abstract <T> T inTransaction(Supplier<T> work);

    private static final Instant NOW = AccountFixtures.NOW;
    private static final UUID MESSAGE = UUID.randomUUID();

    private NotificationFixture firm;

    @BeforeEach
    void firm() {
        firm = new NotificationFixture(staff(), contacts(), accounts());
    }

    @Test
    void C5_a_mailed_notification_is_queued_then_sent_or_failed_as_its_outbox_mail() {
        UUID toMario = mail(NotificationFixture.MARIO_WORK);
        UUID toLucia = mail(NotificationFixture.LUCIA);
        UUID toOther = mail(NotificationFixture.MARIO_HOME);
        deliveries().recordSent(List.of(new SentNotification(MESSAGE, firm.rossi.id(), NotificationFixture.MARIO_WORK, toMario),
                new SentNotification(MESSAGE, firm.rossi.id(), NotificationFixture.LUCIA, toLucia),
                new SentNotification(UUID.randomUUID(), firm.rossi.id(), NotificationFixture.MARIO_HOME, toOther)));
        assertThat(statuses()).containsOnly(tuple("mario@rossi.it", MailState.PENDING), tuple("lucia@verdi.it", MailState.PENDING));

        inTransaction(() -> {
            outbox().markSent(toMario, NOW);
            outbox().markDead(toLucia, 5, "550 no such user");
            return null;
        });

        assertThat(statuses()).containsExactlyInAnyOrder(tuple("mario@rossi.it", MailState.SENT),
                tuple("lucia@verdi.it", MailState.DEAD));
        assertThat(deliveries().deliveries(MESSAGE)).extracting(Delivered::account).containsOnly(firm.rossi.id());
    }

    @Test
    void C5_a_sent_mail_purged_from_the_outbox_reads_as_purged() {
        UUID toMario = mail(NotificationFixture.MARIO_WORK);
        deliveries().recordSent(List.of(new SentNotification(MESSAGE, firm.rossi.id(), NotificationFixture.MARIO_WORK, toMario)));
        outbox().markSent(toMario, NOW);
        outbox().deleteSentBefore(NOW.plusSeconds(1));

        assertThat(statuses()).containsExactly(tuple("mario@rossi.it", MailState.PURGED));
    }

    @Test
    void issue11_held_notifications_are_claimed_per_address_oldest_first_and_read_as_held_until_their_digest_goes() {
        hold(NotificationFixture.LUCIA, firm.rossi.id(), "Rossi", NOW);
        hold(NotificationFixture.LUCIA, firm.verdi.id(), "Verdi", NOW.plusSeconds(60));
        hold(NotificationFixture.MARIO_WORK, firm.rossi.id(), "Rossi", NOW.plusSeconds(30));
        hold(NotificationFixture.MARIO_WORK, firm.rossi.id(), "Rossi", NOW.plusSeconds(3600)); // after the digest's time
        assertThat(statuses()).extracting(t -> t.toList().get(1)).containsOnly(MailState.HELD);

        List<Digest> claimed = inTransaction(() -> digests().claim(NOW.plusSeconds(60), 10));

        assertThat(claimed).extracting(d -> d.to().lookupKey()).containsExactlyInAnyOrder("lucia@verdi.it", "mario@rossi.it");
        Digest lucia = claimed.stream().filter(d -> d.to().lookupKey().equals("lucia@verdi.it")).findFirst().orElseThrow();
        assertThat(lucia.language()).isEqualTo(Locale.FRENCH);
        assertThat(lucia.items()).extracting(item -> item.notification().accountName()).containsExactly("Rossi", "Verdi");
        assertThat(lucia.items().getFirst().notification().parameters()).containsEntry("invoiceNumber", "2026/7");
        assertThat(lucia.items().getFirst().notification().event()).isEqualTo(NotificationEvent.INVOICE_ISSUED);
        assertThat(lucia.items().getFirst().notification().reference()).contains(MESSAGE);

        UUID digestMail = mail(NotificationFixture.LUCIA);
        digests().sent(lucia.items().stream().map(HeldItem::id).toList(), digestMail);
        outbox().markSent(digestMail, NOW);

        assertThat(inTransaction(() -> digests().claim(NOW.plusSeconds(3600), 10))).singleElement()
                .satisfies(mario -> assertThat(mario.items()).hasSize(2));
        assertThat(statuses()).contains(tuple("lucia@verdi.it", MailState.SENT), tuple("mario@rossi.it", MailState.HELD));
    }

    @Test
    void issue14_1_an_archived_accounts_held_items_wait_until_it_is_restored() {
        hold(NotificationFixture.LUCIA, firm.rossi.id(), "Rossi", NOW);
        hold(NotificationFixture.LUCIA, firm.verdi.id(), "Verdi", NOW);
        archive().archive(firm.rossi.id(), NOW);

        assertThat(inTransaction(() -> digests().claim(NOW, 10))).singleElement()
                .satisfies(digest -> assertThat(digest.items()).extracting(item -> item.notification().accountName()).containsExactly("Verdi"));
        archive().restore(firm.rossi.id());
        assertThat(inTransaction(() -> digests().claim(NOW, 10))).singleElement()
                .satisfies(digest -> assertThat(digest.items()).hasSize(2));
    }

    @Test
    void issue11_a_claim_takes_at_most_the_addresses_asked_for() {
        hold(NotificationFixture.LUCIA, firm.rossi.id(), "Rossi", NOW);
        hold(NotificationFixture.MARIO_WORK, firm.rossi.id(), "Rossi", NOW);

        assertThat(inTransaction(() -> digests().claim(NOW, 1))).hasSize(1);
    }

    private UUID mail(EmailAddress to) {
        return outbox().enqueue(new OutgoingMail(to, "Subject", "<p>Body</p>", "Body"), NOW);
    }

    private void hold(EmailAddress to, AccountId account, String accountName, Instant at) {
        digests().hold(List.of(new HeldNotification(Optional.of(MESSAGE), account, accountName, to, Locale.FRENCH,
                NotificationEvent.INVOICE_ISSUED, Map.of("invoiceNumber", "2026/7", "amount", "€ 120"), at)));
    }

    private List<org.assertj.core.groups.Tuple> statuses() {
        return deliveries().deliveries(MESSAGE).stream().map(d -> tuple(d.to().lookupKey(), d.mail())).toList();
    }
}
