package io.portico.ui.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.mail.port.CapturedMail;
import io.portico.application.mail.port.in.DispatchMailUseCase;
import io.portico.application.notification.port.in.Notification;
import io.portico.application.notification.port.in.RaiseNotificationUseCase;
import io.portico.application.notification.port.in.SendNotificationDigestsUseCase;
import io.portico.application.notification.port.out.NotificationPreferencesPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.ContactLink;
import io.portico.domain.contact.Contact;
import io.portico.domain.notification.DeliveryMode;
import io.portico.domain.notification.NotificationEvent;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.portal.Invitation;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffId;
import io.portico.mail.embedded.EmbeddedMailServer;
import io.portico.ui.support.StaffViewTest;
import io.portico.ui.support.TestFirm;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11, items 2–4 with the real parts (PostgreSQL, the templates, SMTP to the embedded mail server): each
 * recipient gets exactly one mail in its contact's language, the banner only while pending, and a digest holds
 * the day's events in one mail.
 */
class NotificationMailTest extends StaffViewTest {

    @Autowired
    ContactPort contacts;
    @Autowired
    AccountPort accounts;
    @Autowired
    PortalUserPort users;
    @Autowired
    MailedLinkPort links;
    @Autowired
    Transactions transactions;
    @Autowired
    DSLContext dsl;
    @Autowired
    RaiseNotificationUseCase notifications;
    @Autowired
    SendNotificationDigestsUseCase digests;
    @Autowired
    NotificationPreferencesPort preferences;
    @Autowired
    DispatchMailUseCase dispatcher;
    @Autowired
    EmbeddedMailServer mailServer;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final EmailAddress pending = new EmailAddress("pending-" + run + "@example.com");
    private final EmailAddress active = new EmailAddress("active-" + run + "@example.com");
    private final EmailAddress italian = new EmailAddress("notify-only-" + run + "@example.com");
    private final EmailAddress quiet = new EmailAddress("notify-off-" + run + "@example.com");
    private Account account;

    /** One account: a pending address (invited), an active one, an Italian NOTIFY-only one, and one with NOTIFY off. */
    @BeforeEach
    void anAccount() {
        StaffId owner = authenticate.authenticate(TestFirm.OWNER_EMAIL, TestFirm.OWNER_PASSWORD).orElseThrow().id();
        transactions.inTransaction(() -> {
            Contact mario = AccountFixtures.contact(contacts, owner, "Mario", "Rossi", pending.value(), active.value());
            Contact lucia = AccountFixtures.contact(contacts, owner, "Lucia", "Verdi", italian.value(), quiet.value());
            dsl.execute("update contact set language = 'it' where id = ?", lucia.id().value());
            account = AccountFixtures.company("Rossi " + run, Set.of(owner),
                    ContactLink.of(mario, "", List.of(new EmailAccess(pending, true, true, false), new EmailAccess(active, true, true, false))),
                    ContactLink.of(lucia, "", List.of(new EmailAccess(italian, false, true, false), new EmailAccess(quiet, true, false, false))));
            accounts.add(account, owner, Instant.now());
            links.issue(Invitation.send(SecretToken.generate().hash(), account.id(), pending, "", owner, Instant.now(),
                    InvitationValidity.DEFAULT));
            users.add(PortalUser.activate(active, "hash", Instant.now()));
        });
    }

    @Test
    void issue11_each_recipient_gets_exactly_one_mail_in_its_language_and_only_the_pending_one_a_banner() {
        transactions.inTransaction(() -> notifications.raise(new Notification(account.id(), NotificationEvent.MESSAGE_RECEIVED,
                Map.of("subject", "Bilancio " + run, "text", "Ecco il bilancio.", "sender", "Anna Bianchi"))));
        dispatchAll();

        assertThat(received()).extracting(mail -> mail.to().getFirst())
                .containsExactlyInAnyOrder(pending.value(), active.value(), italian.value());
        assertThat(to(pending).subject()).isEqualTo("Message: Bilancio " + run);
        assertThat(to(pending).textBody()).contains("Activate your account", "/portal/activate?token=",
                "Anna Bianchi sent a message for Rossi " + run + ": Bilancio " + run, "Ecco il bilancio.");
        assertThat(to(active).textBody()).doesNotContain("Activate your account").contains("Ecco il bilancio.");
        assertThat(to(italian).subject()).isEqualTo("Messaggio: Bilancio " + run);
        assertThat(to(italian).textBody()).doesNotContain("Attiva il tuo account").contains("Apri il portale clienti");
    }

    @Test
    void issue11_a_digest_holds_the_days_events_in_one_mail() {
        transactions.inTransaction(() -> preferences.save(account.id(), italian, NotificationPreferences.everything(DeliveryMode.DAILY_DIGEST)));
        transactions.inTransaction(() -> notifications.raise(List.of(
                new Notification(account.id(), NotificationEvent.DOCUMENT_UPLOADED, Map.of("documentName", "F24-" + run + ".pdf")),
                new Notification(account.id(), NotificationEvent.INVOICE_ISSUED, Map.of("invoiceNumber", run, "amount", "€ 120")))));
        dispatchAll();
        assertThat(received()).extracting(mail -> mail.to().getFirst()).doesNotContain(italian.value());

        digests.sendDigests();
        dispatchAll();

        CapturedMail digest = to(italian);
        assertThat(digest.subject()).startsWith("Il tuo riepilogo giornaliero da ");
        assertThat(digest.textBody()).contains("F24-" + run + ".pdf", "fattura " + run);
        assertThat(received()).filteredOn(mail -> mail.to().contains(italian.value())).hasSize(1);
    }

    private void dispatchAll() {
        while (dispatcher.dispatchDue() > 0) {
            // until the outbox is empty
        }
    }

    private List<CapturedMail> received() {
        return mailServer.all().stream().filter(mail -> mail.to().getFirst().contains(run)).toList();
    }

    private CapturedMail to(EmailAddress address) {
        List<CapturedMail> mails = received().stream().filter(mail -> mail.to().contains(address.value())).toList();
        assertThat(mails).as(address.value()).hasSize(1);
        return mails.getFirst();
    }
}
