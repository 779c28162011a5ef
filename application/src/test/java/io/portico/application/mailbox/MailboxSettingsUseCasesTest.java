package io.portico.application.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.mail.InMemoryMailOutbox;
import io.portico.application.mail.port.out.MailboxEnvelope;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mailbox.port.in.AddMailboxCommand;
import io.portico.application.mailbox.port.in.ChangeMailboxCommand;
import io.portico.application.mailbox.port.in.MailServerInput;
import io.portico.application.mailbox.port.in.MailboxDetails;
import io.portico.application.mailbox.port.in.MailboxSettings;
import io.portico.application.mailbox.port.in.MailboxTestResult;
import io.portico.application.mailbox.port.in.TestMailboxCommand;
import io.portico.application.mailbox.port.out.TestMailboxPort;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.mailbox.MailServer;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.MailboxHealth;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.mailbox.Security;
import io.portico.domain.mailbox.SyncError;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.StaffStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** D1, issue 13 item 1: Settings → Mailboxes. */
class MailboxSettingsUseCasesTest {

    private final Instant now = Instant.parse("2026-11-30T09:00:00Z");
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final InMemoryMailboxes store = new InMemoryMailboxes(outbox::hasUnsent);
    private final FakeProbe probe = new FakeProbe();
    private final MailboxSettingsService service = new MailboxSettingsService(store, store, probe, new Administrators(staff),
            Clock.fixed(now, ZoneOffset.UTC));

    private StaffMember anna;
    private StaffMember marco;

    /** Answers as told and remembers the servers it signed in to. */
    static final class FakeProbe implements TestMailboxPort {
        final List<MailServer> tried = new ArrayList<>();
        Optional<SyncError> imap = Optional.empty();
        Optional<SyncError> smtp = Optional.empty();

        @Override
        public Optional<SyncError> tryImap(MailServer server) {
            tried.add(server);
            return imap;
        }

        @Override
        public Optional<SyncError> trySmtp(MailServer server) {
            tried.add(server);
            return smtp;
        }
    }

    @BeforeEach
    void firm() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.ADMIN);
        marco = AccountFixtures.staff(staff, "Marco", "Verdi", StaffRole.EMPLOYEE);
    }

    private static MailServerInput imap(String password) {
        return new MailServerInput(" imap.studio.example ", 993, Security.TLS, " office@studio.example ", password);
    }

    private static MailServerInput smtp(String password) {
        return new MailServerInput("smtp.studio.example", 587, Security.STARTTLS, "office", password);
    }

    private static MailboxDetails details(String name, String address, String imapPassword, String smtpPassword) {
        return MailboxDetails.of(name, address, imap(imapPassword), smtp(smtpPassword));
    }

    private MailboxId addOffice() {
        return service.add(new AddMailboxCommand(anna.id(), details("Office", "office@studio.example", "imap secret", "smtp secret")));
    }

    @Test
    void issue13_item1_an_admin_adds_a_mailbox_listed_with_its_servers_but_never_its_passwords() {
        MailboxId office = addOffice();

        Mailbox stored = store.find(office).orElseThrow();
        assertThat(stored.imap()).isEqualTo(new MailServer("imap.studio.example", 993, Security.TLS, "office@studio.example",
                new io.portico.domain.mailbox.Secret("imap secret")));
        assertThat(stored.smtp().password().value()).isEqualTo("smtp secret");
        assertThat(service.mailboxes(anna.id())).containsExactly(new MailboxSettings(office, "Office", new EmailAddress("office@studio.example"),
                new MailboxSettings.Server("imap.studio.example", 993, Security.TLS, "office@studio.example"),
                new MailboxSettings.Server("smtp.studio.example", 587, Security.STARTTLS, "office"), MailboxHealth.NEW));
        assertThat(service.mailboxes(anna.id()).getFirst().imap().toInput())
                .isEqualTo(new MailServerInput("imap.studio.example", 993, Security.TLS, "office@studio.example", ""));
    }

    @Test
    void issue13_item2_the_list_shows_each_mailboxs_sync_health() {
        MailboxId office = addOffice();
        store.synced(office, now, 5, 2);
        store.failed(office, now.plusSeconds(60), SyncError.WRONG_PASSWORD);

        assertThat(service.mailboxes(anna.id())).singleElement().extracting(MailboxSettings::health).isEqualTo(
                new MailboxHealth(Optional.of(now), 5, 2, Optional.of(SyncError.WRONG_PASSWORD), Optional.of(now.plusSeconds(60))));
    }

    @Test
    void issue13_item1_only_active_owners_and_admins_manage_mailboxes_checked_in_every_use_case() {
        MailboxId office = addOffice();
        var owner = AccountFixtures.staff(staff, "Olga", "Neri", StaffRole.OWNER);
        assertThat(service.mailboxes(owner.id())).hasSize(1);

        var details = details("Other", "other@studio.example", "a", "b");
        List<ThrowingCallable> calls = List.of(
                () -> service.add(new AddMailboxCommand(marco.id(), details)),
                () -> service.change(new ChangeMailboxCommand(marco.id(), office, details)),
                () -> service.remove(marco.id(), office),
                () -> service.test(new TestMailboxCommand(marco.id(), Optional.of(office), details)),
                () -> service.mailboxes(marco.id()));
        calls.forEach(call -> assertThatThrownBy(call).isInstanceOf(NotAllowedException.class));

        staff.save(anna.withStatus(StaffStatus.DEACTIVATED));
        assertThatThrownBy(() -> service.mailboxes(anna.id())).isInstanceOf(NotAllowedException.class);
        assertThat(store.all()).extracting(Mailbox::name).containsExactly("Office");
        assertThat(probe.tried).isEmpty();
    }

    private static void refused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void issue13_item1_each_bad_field_is_named() {
        refused(() -> details(" ", "office@studio.example", "a", "b"), "mailboxName", "input.required");
        refused(() -> details("x".repeat(MailboxDetails.MAX_NAME + 1), "office@studio.example", "a", "b"), "mailboxName", "input.too-long");
        refused(() -> details("Office", "not an address", "a", "b"), "mailboxAddress", "email.invalid");
        refused(() -> new MailboxDetails("Office", null, imap("a"), smtp("b")), "mailboxAddress", "input.required");
        refused(() -> MailboxDetails.of("Office", "o@s.example", null, smtp("b")), "imapHost", "input.required");
        refused(() -> MailboxDetails.of("Office", "o@s.example", new MailServerInput("", 993, Security.TLS, "u", "p"), smtp("b")),
                "imapHost", "input.required");
        refused(() -> MailboxDetails.of("Office", "o@s.example", imap("a"), new MailServerInput("h", 0, Security.TLS, "u", "p")),
                "smtpPort", "mailbox.port-range");
        refused(() -> MailboxDetails.of("Office", "o@s.example", new MailServerInput("h", 65536, Security.TLS, "u", "p"), smtp("b")),
                "imapPort", "mailbox.port-range");
        refused(() -> MailboxDetails.of("Office", "o@s.example", imap("a"), new MailServerInput("h", 25, null, "u", "p")),
                "smtpSecurity", "input.required");
        refused(() -> MailboxDetails.of("Office", "o@s.example", new MailServerInput("h", 143, Security.NONE, " ", "p"), smtp("b")),
                "imapUser", "input.required");
        refused(() -> MailboxDetails.of("Office", "o@s.example", imap("a"), smtp("p".repeat(1001))), "smtpPassword", "input.too-long");
        refused(() -> new AddMailboxCommand(anna.id(), details("Office", "o@s.example", "", "b")), "imapPassword", "input.required");
        refused(() -> new AddMailboxCommand(anna.id(), details("Office", "o@s.example", "a", null)), "smtpPassword", "input.required");
        refused(() -> new TestMailboxCommand(anna.id(), Optional.empty(), details("Office", "o@s.example", "", "b")), "imapPassword",
                "input.required");

        var edges = MailboxDetails.of("Office", "o@s.example", new MailServerInput("h", 1, Security.NONE, "u", "p".repeat(1000)),
                new MailServerInput("h", 65535, Security.TLS, "u", "p"));
        assertThat(edges.imap().port()).isEqualTo(1);
        assertThat(edges.smtp().port()).isEqualTo(65535);
        assertThat(store.all()).isEmpty();
    }

    @Test
    void issue13_item1_a_second_mailbox_with_the_same_address_is_refused() {
        addOffice();
        refused(() -> service.add(new AddMailboxCommand(anna.id(), details("Again", "Office@STUDIO.example", "a", "b"))), "mailboxAddress",
                "mailbox.address-taken");
        assertThat(store.all()).hasSize(1);
    }

    @Test
    void issue13_item1_editing_keeps_a_password_left_empty_and_replaces_one_typed() {
        MailboxId office = addOffice();

        service.change(new ChangeMailboxCommand(anna.id(), office, details("Front office", "front@studio.example", "", "")));
        Mailbox kept = store.find(office).orElseThrow();
        assertThat(kept.name()).isEqualTo("Front office");
        assertThat(kept.address()).isEqualTo(new EmailAddress("front@studio.example"));
        assertThat(kept.imap().password().value()).isEqualTo("imap secret");
        assertThat(kept.smtp().password().value()).isEqualTo("smtp secret");

        service.change(new ChangeMailboxCommand(anna.id(), office, details("Front office", "front@studio.example", "", "new smtp")));
        assertThat(store.find(office).orElseThrow().imap().password().value()).isEqualTo("imap secret");
        assertThat(store.find(office).orElseThrow().smtp().password().value()).isEqualTo("new smtp");

        refused(() -> service.change(new ChangeMailboxCommand(anna.id(), MailboxId.random(), details("X", "x@s.example", "", ""))),
                "mailbox", "mailbox.not-found");
    }

    @Test
    void issue13_item1_a_mailbox_is_removed_but_not_while_mail_waits_to_leave_through_it() {
        MailboxId office = addOffice();
        outbox.enqueue(new OutgoingMail(new EmailAddress("client@client.example"), "Re: papers", "<p>Hi</p>", "Hi")
                .withEnvelope(new MailboxEnvelope(office, "<1@studio.example>", Optional.empty(), List.of(), List.of())), now);

        refused(() -> service.remove(anna.id(), office), "mailbox", "mailbox.unsent-mail");
        assertThat(store.find(office)).isPresent();

        outbox.claimDue(now, 10).forEach(q -> outbox.markSent(q.id(), now));
        service.remove(anna.id(), office);
        assertThat(service.mailboxes(anna.id())).isEmpty();
    }

    @Test
    void issue13_item1_test_connection_signs_in_to_both_servers_and_says_per_server_what_failed() {
        probe.smtp = Optional.of(SyncError.WRONG_PASSWORD);
        MailboxTestResult result = service.test(new TestMailboxCommand(anna.id(), Optional.empty(),
                details("Office", "office@studio.example", "typed imap", "typed smtp")));

        assertThat(result).isEqualTo(new MailboxTestResult(Optional.empty(), Optional.of(SyncError.WRONG_PASSWORD)));
        assertThat(result.ok()).isFalse();
        assertThat(probe.tried).extracting(s -> s.host() + " " + s.password().value())
                .containsExactly("imap.studio.example typed imap", "smtp.studio.example typed smtp");
        assertThat(store.all()).as("testing changes nothing").isEmpty();

        probe.smtp = Optional.empty();
        assertThat(service.test(new TestMailboxCommand(anna.id(), Optional.empty(), details("Office", "office@studio.example", "a", "b"))).ok())
                .isTrue();
        probe.imap = Optional.of(SyncError.CERTIFICATE);
        assertThat(service.test(new TestMailboxCommand(anna.id(), Optional.empty(), details("Office", "office@studio.example", "a", "b"))).ok())
                .isFalse();
    }

    @Test
    void issue13_item1_testing_an_edited_mailbox_uses_the_stored_password_left_empty() {
        MailboxId office = addOffice();
        probe.tried.clear();

        service.test(new TestMailboxCommand(anna.id(), Optional.of(office), details("Office", "office@studio.example", "", "new smtp")));

        assertThat(probe.tried).extracting(s -> s.password().value()).containsExactly("imap secret", "new smtp");
        assertThat(store.find(office).orElseThrow().smtp().password().value()).as("testing changes nothing").isEqualTo("smtp secret");
        refused(() -> service.test(new TestMailboxCommand(anna.id(), Optional.of(MailboxId.random()), details("X", "x@s.example", "", ""))),
                "mailbox", "mailbox.not-found");
    }

    @Test
    void commands_and_results_need_every_part() {
        var details = details("Office", "office@studio.example", "a", "b");
        List<ThrowingCallable> missing = List.of(
                () -> new AddMailboxCommand(null, details),
                () -> new AddMailboxCommand(anna.id(), null),
                () -> new ChangeMailboxCommand(null, MailboxId.random(), details),
                () -> new ChangeMailboxCommand(anna.id(), null, details),
                () -> new ChangeMailboxCommand(anna.id(), MailboxId.random(), null),
                () -> new TestMailboxCommand(null, Optional.empty(), details),
                () -> new TestMailboxCommand(anna.id(), null, details),
                () -> new TestMailboxCommand(anna.id(), Optional.empty(), null),
                () -> new MailboxTestResult(null, Optional.empty()),
                () -> new MailboxTestResult(Optional.empty(), null));
        missing.forEach(call -> assertThatThrownBy(call).isInstanceOf(NullPointerException.class));
    }
}
