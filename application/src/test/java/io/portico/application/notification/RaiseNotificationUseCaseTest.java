package io.portico.application.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.portico.application.account.AccountFixtures;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.notification.port.in.Notification;
import io.portico.application.notification.port.in.NotificationDelivery;
import io.portico.application.notification.port.in.NotificationDelivery.DeliveryStatus;
import io.portico.domain.notification.DeliveryMode;
import io.portico.domain.notification.NotificationEvent;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.portal.Invitation;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.FileAttachment;
import io.portico.domain.shared.SecretToken;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 11, items 1–4 (C1–C5): raising notifications, the banner, the digest and the deliveries, on fakes. */
class RaiseNotificationUseCaseTest {

    private static final Pattern ACTIVATION = Pattern.compile("activationLink=https://portico.test/portal/activate\\?token=([^,}]+)");

    private final NotificationWorld world = new NotificationWorld();
    private final NotificationFixture firm = world.firm;

    private static Notification invoice(io.portico.domain.account.AccountId account) {
        return new Notification(account, NotificationEvent.INVOICE_ISSUED, Map.of("invoiceNumber", "2026/7", "amount", "€ 120"));
    }

    @Test
    void issue11_2_each_recipient_gets_exactly_one_mail_in_its_contacts_language() {
        world.recipients.firmSpeaks(Locale.ITALIAN);
        world.recipients.contactSpeaks(firm.lucia.id(), Locale.of("ro"));

        List<NotificationDelivery> deliveries = world.raise.raise(invoice(firm.rossi.id()));

        assertThat(deliveries).extracting(d -> d.to().lookupKey(), NotificationDelivery::status)
                .containsExactlyInAnyOrder(tuple("mario@rossi.it", DeliveryStatus.QUEUED), tuple("lucia@verdi.it", DeliveryStatus.QUEUED));
        assertThat(world.outbox.queued()).extracting(m -> m.to().lookupKey()).containsExactlyInAnyOrder("mario@rossi.it", "lucia@verdi.it");
        assertThat(mailTo(NotificationFixture.LUCIA).textBody()).startsWith("client-notification [ro]")
                .contains("accountName=Rossi", "event=INVOICE_ISSUED", "args=[2026/7, € 120, ]", "firmName=Studio Bianchi",
                        "portalLink=https://portico.test/portal/login");
        assertThat(mailTo(NotificationFixture.MARIO_WORK).textBody()).startsWith("client-notification [it]");
    }

    @Test
    void issue11_2_a_message_carries_its_text_and_its_files_go_with_every_mail() {
        var file = new FileAttachment("bilancio.pdf", "application/pdf", new byte[] {1, 2, 3});
        world.raise.raise(new Notification(firm.verdi.id(), NotificationEvent.MESSAGE_RECEIVED,
                Map.of("subject", "Bilancio", "text", "Ecco il bilancio", "sender", "Anna Bianchi"), List.of(file), Optional.empty()));

        OutgoingMail mail = mailTo(NotificationFixture.LUCIA);
        assertThat(mail.textBody()).contains("text=Ecco il bilancio", "args=[Bilancio, Ecco il bilancio, Anna Bianchi]");
        assertThat(mail.attachments()).containsExactly(file);
    }

    @Test
    void C3_a_pending_address_gets_a_fresh_link_beside_its_open_one_and_an_active_or_notify_only_one_no_banner() {
        SecretToken first = invite(NotificationFixture.MARIO_WORK);

        world.raise.raise(List.of(invoice(firm.rossi.id()), invoice(firm.rossi.id())));

        List<String> links = world.outbox.queued().stream().filter(m -> m.to().equals(NotificationFixture.MARIO_WORK))
                .map(m -> activationToken(m).orElseThrow()).distinct().toList();
        assertThat(links).hasSize(1); // one fresh link per address, however many mails in one go
        assertThat(world.portal.links.invitation(new SecretToken(links.getFirst()).hash())).isPresent();
        assertThat(world.portal.links.invitation(first.hash()).orElseThrow().usableAt(world.clock.instant())).isTrue();
        assertThat(activationToken(mailTo(NotificationFixture.LUCIA))).isEmpty();
    }

    @Test
    void C3_once_activated_the_mails_have_no_banner() {
        invite(NotificationFixture.MARIO_WORK);
        world.portal.users.add(PortalUser.activate(NotificationFixture.MARIO_WORK, "hash", AccountFixtures.NOW));

        world.raise.raise(invoice(firm.rossi.id()));

        assertThat(activationToken(mailTo(NotificationFixture.MARIO_WORK))).isEmpty();
    }

    @Test
    void C3_a_pending_address_never_invited_has_no_link_to_offer() {
        world.raise.raise(invoice(firm.rossi.id()));

        assertThat(mailTo(NotificationFixture.MARIO_WORK).textBody()).contains("activationLink=,");
    }

    @Test
    void C1_an_address_that_turned_the_category_off_gets_nothing() {
        world.preferences.save(firm.rossi.id(), NotificationFixture.LUCIA, NotificationPreferences.only(
                java.util.Set.of(io.portico.domain.notification.NotificationCategory.DOCUMENT_UPLOADS), DeliveryMode.EACH_AS_IT_HAPPENS));

        assertThat(world.raise.raise(invoice(firm.rossi.id()))).extracting(d -> d.to().lookupKey()).containsExactly("mario@rossi.it");
        assertThat(world.outbox.queued()).hasSize(1);
    }

    @Test
    void C5_deliveries_are_kept_under_the_reference_and_follow_the_outbox() {
        UUID message = UUID.randomUUID();
        world.raise.raise(new Notification(firm.rossi.id(), NotificationEvent.MESSAGE_RECEIVED,
                Map.of("subject", "S", "text", "T", "sender", "Anna"), List.of(), Optional.of(message)));
        world.raise.raise(invoice(firm.rossi.id())); // no reference: nothing to look up

        assertThat(world.sent.deliveries(message)).extracting(d -> d.to().lookupKey(), NotificationDelivery::status)
                .containsExactlyInAnyOrder(tuple("mario@rossi.it", DeliveryStatus.QUEUED), tuple("lucia@verdi.it", DeliveryStatus.QUEUED));
        world.outbox.claimDue(world.clock.instant(), 10).forEach(q -> world.outbox.markSent(q.id(), world.clock.instant()));
        assertThat(world.sent.deliveries(message)).extracting(NotificationDelivery::status).containsOnly(DeliveryStatus.SENT);

        world.outbox.deleteSentBefore(world.clock.instant().plusSeconds(1)); // housekeeping purges only sent rows
        assertThat(world.sent.deliveries(message)).extracting(NotificationDelivery::status).containsOnly(DeliveryStatus.SENT);
    }

    @Test
    void issue11_1_a_digest_address_gets_its_days_notifications_in_one_mail_once() {
        UUID message = UUID.randomUUID();
        world.preferences.save(firm.rossi.id(), NotificationFixture.LUCIA, NotificationPreferences.everything(DeliveryMode.DAILY_DIGEST));
        world.preferences.save(firm.verdi.id(), NotificationFixture.LUCIA, NotificationPreferences.everything(DeliveryMode.DAILY_DIGEST));
        world.raise.raise(invoice(firm.rossi.id()));
        world.raise.raise(new Notification(firm.verdi.id(), NotificationEvent.DOCUMENT_UPLOADED, Map.of("documentName", "F24.pdf"),
                List.of(), Optional.of(message)));
        assertThat(world.outbox.queued()).extracting(m -> m.to().lookupKey()).containsExactly("mario@rossi.it");
        assertThat(world.sent.deliveries(message)).extracting(NotificationDelivery::status).containsExactly(DeliveryStatus.QUEUED);

        world.clock.advance(Duration.ofHours(20));
        assertThat(world.digests.sendDigests()).isEqualTo(1);
        assertThat(world.digests.sendDigests()).isZero();

        OutgoingMail digest = mailTo(NotificationFixture.LUCIA);
        assertThat(digest.textBody()).startsWith("notification-digest [en]")
                .contains("accountName=Rossi", "event=INVOICE_ISSUED", "accountName=Verdi", "args=[F24.pdf, , ]", "activationLink=,");
        world.outbox.claimDue(world.clock.instant(), 10).forEach(q -> world.outbox.markDead(q.id(), 5, "550"));
        assertThat(world.sent.deliveries(message)).extracting(NotificationDelivery::status).containsExactly(DeliveryStatus.FAILED);
    }

    @Test
    void C3_a_pending_address_digest_carries_the_banner() {
        invite(NotificationFixture.MARIO_WORK);
        world.preferences.save(firm.rossi.id(), NotificationFixture.MARIO_WORK, NotificationPreferences.everything(DeliveryMode.DAILY_DIGEST));
        world.raise.raise(invoice(firm.rossi.id()));

        world.digests.sendDigests();

        assertThat(activationToken(mailTo(NotificationFixture.MARIO_WORK))).isPresent();

        world.portal.users.add(PortalUser.activate(NotificationFixture.MARIO_WORK, "hash", AccountFixtures.NOW));
        world.raise.raise(invoice(firm.rossi.id()));
        world.clock.advance(Duration.ofDays(1));
        world.digests.sendDigests();
        assertThat(world.outbox.queued()).filteredOn(m -> m.to().equals(NotificationFixture.MARIO_WORK)).hasSize(2);
        assertThat(activationToken(mailTo(NotificationFixture.MARIO_WORK))).isEmpty(); // activated: no banner any more
    }

    private SecretToken invite(EmailAddress email) {
        SecretToken token = SecretToken.generate();
        world.portal.links.issue(Invitation.send(token.hash(), firm.rossi.id(), email, "", firm.anna.id(), world.clock.instant(),
                InvitationValidity.DEFAULT));
        return token;
    }

    private OutgoingMail mailTo(EmailAddress email) {
        return world.outbox.queued().stream().filter(m -> m.to().equals(email)).reduce((a, b) -> b).orElseThrow();
    }

    private static Optional<String> activationToken(OutgoingMail mail) {
        Matcher matcher = ACTIVATION.matcher(mail.textBody());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
