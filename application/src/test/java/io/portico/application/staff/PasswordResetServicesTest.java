package io.portico.application.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.firm.InMemoryFirms;
import io.portico.application.link.InMemoryMailedLinks;
import io.portico.application.mail.FakeMailRenderer;
import io.portico.application.mail.InMemoryMailOutbox;
import io.portico.application.mail.MailQueue;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.FixedLinks;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.port.in.RequestPasswordResetCommand;
import io.portico.application.staff.port.in.ResetPasswordCommand;
import io.portico.domain.firm.Firm;
import io.portico.domain.firm.FirmId;
import io.portico.domain.firm.FirmName;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.LinkNoLongerValidException;
import io.portico.domain.shared.SecretToken;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PasswordResetServicesTest {

    private final MutableClock clock = MutableClock.startingAt("2026-02-02T10:00:00Z");
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryMailedLinks tickets = new InMemoryMailedLinks();
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final RequestPasswordResetService request = new RequestPasswordResetService(staff, tickets,
            new MailQueue(new FakeMailRenderer(), outbox, clock), new FixedLinks(), new DirectTransactions(), clock);
    private final InMemoryFirms firms = new InMemoryFirms();
    private final io.portico.application.session.InMemoryCredentialEpochs epochs = new io.portico.application.session.InMemoryCredentialEpochs();
    private final ResetPasswordService reset = new ResetPasswordService(staff, new StaffPasswords(() -> firms.load().map(Firm::name), member -> false),
            new PasswordResetLinks(tickets, hasher, new DirectTransactions(), clock), epochs);

    private SecretToken requestLink(String email) {
        request.requestReset(RequestPasswordResetCommand.of(email, Locale.ITALIAN));
        OutgoingMail mail = outbox.queued().getLast();
        var matcher = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(mail.textBody());
        assertThat(matcher.find()).as("the mail carries a reset link").isTrue();
        return new SecretToken(matcher.group(1));
    }

    @Test
    void G1_forgot_password_mails_a_reset_link_in_the_users_language() {
        StaffFixture.add(staff, "anna@studio.it", true);
        requestLink("anna@studio.it");
        OutgoingMail mail = outbox.queued().getFirst();
        assertThat(mail.to().value()).isEqualTo("anna@studio.it");
        assertThat(mail.textBody()).contains("[it]").contains(FixedLinks.BASE + "/reset-password?token=").contains("validMinutes=60");
    }

    @Test
    void G1_unknown_and_deactivated_addresses_get_no_mail_and_the_same_silent_answer() {
        StaffFixture.add(staff, "gone@studio.it", false);
        request.requestReset(RequestPasswordResetCommand.of("nobody@studio.it", Locale.ENGLISH));
        request.requestReset(RequestPasswordResetCommand.of("gone@studio.it", Locale.ENGLISH));
        assertThat(outbox.queued()).isEmpty();
    }

    @Test
    void G1_the_stored_ticket_is_the_hash_never_the_token() {
        StaffFixture.add(staff, "anna@studio.it", true);
        SecretToken token = requestLink("anna@studio.it");
        assertThat(tickets.find(LinkPurpose.STAFF_PASSWORD_RESET, token.hash())).isPresent();
        assertThat(token.hash().value()).isNotEqualTo(token.value());
    }

    @Test
    void G1_a_reset_link_sets_the_new_password_once() {
        var anna = StaffFixture.add(staff, "anna@studio.it", true);
        SecretToken token = requestLink("anna@studio.it");

        assertThat(reset.isUsable(token)).isTrue();
        assertThat(reset.isUsable(token)).as("opening the page does not use the link up").isTrue();
        reset.reset(new ResetPasswordCommand(token, "a brand new passphrase"));

        assertThat(staff.passwordHash(anna.id())).contains(hasher.hash("a brand new passphrase"));
        assertThat(reset.isUsable(token)).isFalse();
        assertThatThrownBy(() -> reset.reset(new ResetPasswordCommand(token, "another new passphrase")))
                .isInstanceOf(LinkNoLongerValidException.class);
    }

    @Test
    void issue10_a_password_reset_ends_every_open_session_of_the_member() {
        var anna = StaffFixture.add(staff, "anna@studio.it", true);
        reset.reset(new ResetPasswordCommand(requestLink("anna@studio.it"), "a brand new passphrase"));
        assertThat(epochs.epoch(new io.portico.domain.session.CredentialHolder.Staff(anna.id()))).isEqualTo(1);
    }

    @Test
    void G1_a_reset_link_expires_after_one_hour() {
        StaffFixture.add(staff, "anna@studio.it", true);
        SecretToken token = requestLink("anna@studio.it");
        clock.advance(Duration.ofMinutes(61));
        assertThat(reset.isUsable(token)).isFalse();
        assertThatThrownBy(() -> reset.reset(new ResetPasswordCommand(token, "a brand new passphrase")))
                .isInstanceOf(LinkNoLongerValidException.class);
    }

    @Test
    void issue10_9_a_new_password_alone_needs_15_characters_and_none_of_the_members_or_firms_words() {
        firms.create(new Firm(FirmId.random(), new FirmName("Studio Ferraris"), clock.instant()));
        var anna = StaffFixture.add(staff, "anna.b@studio.it", true);
        SecretToken token = requestLink("anna.b@studio.it");

        assertRefused(token, "fourteen chars", "password.too-short");
        assertRefused(token, "the bianchi household", "password.personal");
        assertRefused(token, "ferraris forever and ever", "password.personal");
        assertRefused(token, "passwordpassword", "password.too-common");

        assertThat(staff.passwordHash(anna.id())).contains(hasher.hash(StaffFixture.PASSWORD));
        assertThat(reset.isUsable(token)).as("a refused password leaves the link usable").isTrue();
        reset.reset(new ResetPasswordCommand(token, "fifteen chars!!"));
        assertThat(staff.passwordHash(anna.id())).contains(hasher.hash("fifteen chars!!"));
    }

    @Test
    void an_expired_link_is_refused_as_such_before_the_password_is_judged() {
        StaffFixture.add(staff, "anna@studio.it", true);
        SecretToken token = requestLink("anna@studio.it");
        clock.advance(Duration.ofMinutes(61));
        assertThatThrownBy(() -> reset.reset(new ResetPasswordCommand(token, "short")))
                .isInstanceOf(LinkNoLongerValidException.class);
    }

    private void assertRefused(SecretToken token, String password, String messageKey) {
        assertThatThrownBy(() -> reset.reset(new ResetPasswordCommand(token, password)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.messageKey()).isEqualTo(messageKey);
                });
    }

    @Test
    void G1_a_made_up_link_is_refused() {
        assertThatThrownBy(() -> reset.reset(new ResetPasswordCommand(SecretToken.generate(), "a brand new passphrase")))
                .isInstanceOf(LinkNoLongerValidException.class);
    }
}
