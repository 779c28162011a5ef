package io.portico.ui.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.mail.MailDispatcher;
import io.portico.application.mail.RetryPolicy;
import io.portico.application.mail.port.CapturedMail;
import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mail.port.out.SendMailPort;
import io.portico.application.shared.MutableClock;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.shared.EmailAddress;
import io.portico.mail.embedded.EmbeddedMailServer;
import io.portico.ui.support.FreshDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** The outbox with its real parts: PostgreSQL rows, SMTP to the embedded mail server. */
@SpringBootTest(properties = {FreshDatabase.DATA_DIR, FreshDatabase.NO_SCHEDULED_MAIL})
@DirtiesContext // a context of its own, closed after its tests
@Order(Integer.MAX_VALUE) // after the view tests, whose cached context must stay the last one created
class MailOutboxIntegrationTest {

    @Autowired
    MailOutboxPort outbox;
    @Autowired
    SendMailPort smtp;
    @Autowired
    Transactions transactions;
    @Autowired
    EmbeddedMailServer mailServer;
    @Autowired
    io.portico.application.mail.port.in.DispatchMailUseCase wiredDispatcher;
    @Autowired
    io.portico.application.mailbox.port.out.MailboxPort mailboxes;

    private final MutableClock clock = new MutableClock(Instant.now());
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private MailDispatcher dispatcher() {
        return new MailDispatcher(outbox, smtp, transactions, RetryPolicy.DEFAULT, clock);
    }

    private OutgoingMail mail(int number) {
        return new OutgoingMail(new EmailAddress("client" + number + "-" + run + "@example.com"), "Mail " + number + " of " + run, "<p>Hi</p>", "Hi");
    }

    private List<CapturedMail> received() {
        return mailServer.all().stream().filter(m -> m.subject().endsWith(" of " + run)).toList();
    }

    private void queue(OutgoingMail mail) {
        transactions.inTransaction(() -> outbox.enqueue(mail, clock.instant()));
    }

    @Test
    void mail_queued_in_a_rolled_back_transaction_is_never_sent() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            outbox.enqueue(mail(1), clock.instant());
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);

        dispatcher().dispatchDue();
        queue(mail(2));
        dispatcher().dispatchDue();
        assertThat(mailServer.waitForIncomingMail(Duration.ofSeconds(10), 1)).isTrue();
        assertThat(received()).extracting(CapturedMail::subject).containsExactly("Mail 2 of " + run);
    }

    @Test
    void with_the_smtp_server_down_mail_is_sent_once_it_is_back() {
        mailServer.stopSmtp();
        try {
            queue(mail(1));
            dispatcher().dispatchDue();
            assertThat(received()).isEmpty();
        } finally {
            mailServer.restartSmtp();
        }
        dispatcher().dispatchDue();
        assertThat(received()).as("not retried before its backoff").isEmpty();

        clock.advance(RetryPolicy.DEFAULT.delayAfter(1));
        dispatcher().dispatchDue();
        dispatcher().dispatchDue();
        assertThat(received()).extracting(CapturedMail::subject).containsExactly("Mail 1 of " + run);
    }

    @Test
    void two_dispatchers_running_at_once_send_each_mail_exactly_once() throws Exception {
        int count = 45;
        for (int i = 0; i < count; i++) {
            queue(mail(i));
        }
        var start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> nodes = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            MailDispatcher dispatcher = dispatcher();
            nodes.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                int handled = 0;
                for (int batch = dispatcher.dispatchDue(); batch > 0; batch = dispatcher.dispatchDue()) {
                    handled += batch;
                }
                return handled;
            }));
        }
        start.countDown();
        int handled = 0;
        for (var node : nodes) {
            handled += node.get(60, TimeUnit.SECONDS);
        }

        assertThat(handled).isEqualTo(count);
        assertThat(received()).hasSize(count);
        assertThat(received()).extracting(CapturedMail::subject).doesNotHaveDuplicates();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    io.portico.application.firm.port.in.FirmQuery firm;
    @Autowired
    io.portico.application.firm.port.in.SetUpFirmUseCase setUp;
    @Autowired
    io.portico.application.firm.port.out.FirmIdentityPort identities;
    @Autowired
    io.portico.application.contact.port.out.ContactPort contacts;
    @Autowired
    io.portico.application.staff.port.out.StaffPort staff;
    @Autowired
    io.portico.application.portal.PortalLinkMails portalMails;

    @Test
    void issue11_a_client_mail_arrives_in_the_contacts_language_framed_with_the_firms_name_and_the_firms_copy_arrives_too() {
        io.portico.ui.support.TestFirm.ensure(firm, setUp);
        var owner = staff.findByEmail(new EmailAddress(io.portico.ui.support.TestFirm.OWNER_EMAIL)).orElseThrow().id();
        var identity = identities.identity().orElseThrow();
        var archive = new EmailAddress("archive-" + run + "@studio.example");
        identities.save(new io.portico.domain.firm.FirmIdentity(new io.portico.domain.firm.FirmName("Studio " + run), null, null,
                "+39 02 123", java.util.Optional.of(new EmailAddress("office-" + run + "@studio.example")),
                io.portico.domain.shared.Language.EN, true, java.util.Optional.of(archive), false, identity.version()), owner, clock.instant());
        var client = new EmailAddress("ion-" + run + "@client.example");
        contacts.add(io.portico.domain.contact.Contact.create(new io.portico.domain.contact.ContactName("Ion", "Popescu"),
                new io.portico.domain.contact.ContactEmails(List.of(client)), "", io.portico.domain.shared.PostalAddress.NONE)
                .withLanguage(java.util.Optional.of(io.portico.domain.shared.Language.RO)), owner, clock.instant());

        transactions.inTransaction(() -> portalMails.signupOfKnownAddress(client, java.util.Locale.ENGLISH));
        clock.advance(Duration.ofMinutes(1)); // queued by the application's clock, a moment after this test's
        dispatcher().dispatchDue();

        assertThat(mailServer.waitForIncomingMail(Duration.ofSeconds(10), 2)).isTrue();
        List<CapturedMail> both = mailServer.all().stream().filter(m -> m.subject().contains("Studio " + run)).toList();
        assertThat(both).extracting(m -> m.to().getFirst()).containsExactlyInAnyOrder(client.value(), archive.value());
        assertThat(both).allSatisfy(mail -> {
            assertThat(mail.subject()).isEqualTo("Aveți deja un cont la Studio " + run);
            assertThat(mail.htmlBody()).contains(">Studio " + run + "</p>", "+39 02 123", "office-" + run + "@studio.example");
        });
        identities.save(io.portico.domain.firm.FirmIdentity.named(new io.portico.domain.firm.FirmName(io.portico.ui.support.TestFirm.NAME))
                .withVersion(identity.version() + 1), owner, clock.instant());
    }

    @Test
    void issue13_item7_the_wired_dispatcher_sends_a_mail_with_an_envelope_through_its_mailbox_from_its_address() {
        String address = "office-" + run + "@studio.example";
        mailServer.createMailbox(address); // its SMTP user and password are the address
        var smtpServer = new io.portico.domain.mailbox.MailServer(mailServer.host(), mailServer.smtpPort(), io.portico.domain.mailbox.Security.NONE,
                address, new io.portico.domain.mailbox.Secret(address));
        var office = new io.portico.domain.mailbox.Mailbox(io.portico.domain.mailbox.MailboxId.random(), "Office", new EmailAddress(address),
                smtpServer, smtpServer);
        mailboxes.add(office, clock.instant());
        queue(mail(1).withEnvelope(new io.portico.application.mail.port.out.MailboxEnvelope(office.id(), "<r-" + run + "@studio.example>",
                java.util.Optional.empty(), List.of(), List.of())));
        queue(mail(2));

        wiredDispatcher.dispatchDue();

        assertThat(mailServer.waitForIncomingMail(Duration.ofSeconds(10), 2)).isTrue();
        assertThat(received()).extracting(CapturedMail::subject, CapturedMail::from).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Mail 1 of " + run, "Office <" + address + ">"),
                org.assertj.core.groups.Tuple.tuple("Mail 2 of " + run, "Portico <no-reply@portico.localhost>"));
    }
}
