package io.portico.application.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.mail.FakeMailRenderer;
import io.portico.application.mail.InMemoryMailOutbox;
import io.portico.application.mail.MailQueue;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.portal.port.in.RequestPortalPasswordResetCommand;
import io.portico.application.portal.port.in.ResetPortalPasswordCommand;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.FixedLinks;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.FakePasswordHasher;
import io.portico.application.staff.PasswordResetLinks;
import io.portico.domain.firm.Firm;
import io.portico.domain.firm.FirmId;
import io.portico.domain.firm.FirmName;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.LinkNoLongerValidException;
import io.portico.domain.shared.SecretToken;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** B11: forgotten portal passwords, against in-memory ports. */
class PortalPasswordResetUseCasesTest {

    private static final String OLD_PASSWORD = "the forgotten passphrase";
    private static final String NEW_PASSWORD = "a brand new passphrase";

    private final MutableClock clock = MutableClock.startingAt("2026-11-23T10:00:00Z");
    private final PortalFakes portal = new PortalFakes();
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final RequestPortalPasswordResetService request = new RequestPortalPasswordResetService(portal.users, portal.links,
            portal.mails(new MailQueue(new FakeMailRenderer(), outbox, clock)), new DirectTransactions(), clock);
    private final io.portico.application.session.InMemoryCredentialEpochs epochs = new io.portico.application.session.InMemoryCredentialEpochs();
    private final ResetPortalPasswordService reset = new ResetPortalPasswordService(portal.users,
            new PasswordResetLinks(portal.links, hasher, new DirectTransactions(), clock), epochs);

    private PortalUser mario;

    @BeforeEach
    void aPortalUser() {
        portal.firms.create(new Firm(FirmId.random(), new FirmName("Studio Bianchi"), clock.instant()));
        mario = PortalUser.activate(new EmailAddress("mario@rossi.it"), hasher.hash(OLD_PASSWORD), clock.instant());
        portal.users.add(mario);
    }

    private SecretToken requestLink(String email) {
        request.requestReset(RequestPortalPasswordResetCommand.of(email, Locale.ITALIAN));
        var matcher = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(outbox.queued().getLast().textBody());
        assertThat(matcher.find()).as("the mail carries a reset link").isTrue();
        return new SecretToken(matcher.group(1));
    }

    private String passwordHash() {
        return portal.users.findById(mario.id()).orElseThrow().passwordHash();
    }

    @Test
    void B11_forgot_password_mails_a_portal_reset_link_in_the_clients_language() {
        SecretToken token = requestLink("Mario@Rossi.it");

        OutgoingMail mail = outbox.queued().getFirst();
        assertThat(outbox.queued()).hasSize(1);
        assertThat(mail.to()).isEqualTo(mario.email());
        assertThat(mail.textBody()).startsWith("portal-password-reset [it]")
                .contains(FixedLinks.BASE + "/portal/reset-password?token=" + token.value())
                .contains("validMinutes=60", "firmName=Studio Bianchi");
    }

    @Test
    void B11_an_unknown_address_gets_no_mail_no_link_and_no_error() {
        request.requestReset(RequestPortalPasswordResetCommand.of("nobody@rossi.it", Locale.ENGLISH));

        assertThat(outbox.queued()).isEmpty();
    }

    @Test
    void B11_a_malformed_address_is_refused_on_the_email_field() {
        assertThatThrownBy(() -> request.requestReset(RequestPortalPasswordResetCommand.of("mario-at-rossi", Locale.ENGLISH)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(outbox.queued()).isEmpty();
    }

    @Test
    void B11_only_the_hash_of_the_link_is_stored() {
        SecretToken token = requestLink("mario@rossi.it");

        assertThat(portal.links.find(LinkPurpose.PORTAL_PASSWORD_RESET, token.hash()))
                .hasValueSatisfying(link -> assertThat(link.holder().id()).isEqualTo(mario.id().value()));
        assertThat(token.hash().value()).isNotEqualTo(token.value());
    }

    @Test
    void B11_opening_the_link_never_uses_it_and_setting_a_password_uses_it_once_and_signs_in() {
        SecretToken token = requestLink("mario@rossi.it");

        assertThat(reset.isUsable(token)).isTrue();
        assertThat(reset.isUsable(token)).as("opening the page twice uses nothing up").isTrue();
        clock.advance(Duration.ofMinutes(5));
        assertThat(reset.reset(new ResetPortalPasswordCommand(token, NEW_PASSWORD))).isEqualTo(mario.id());

        assertThat(hasher.matches(NEW_PASSWORD, passwordHash())).isTrue();
        assertThat(portal.users.findById(mario.id()).orElseThrow().lastLoginAt()).as("signed in: a login").contains(clock.instant());
        assertThat(epochs.epoch(new io.portico.domain.session.CredentialHolder.Portal(mario.id()))).as("issue 10: other sessions end").isEqualTo(1);
        assertThat(reset.isUsable(token)).isFalse();
        assertThatThrownBy(() -> reset.reset(new ResetPortalPasswordCommand(token, "yet another passphrase")))
                .isInstanceOf(LinkNoLongerValidException.class);
        assertThat(hasher.matches(NEW_PASSWORD, passwordHash())).isTrue();
    }

    @Test
    void B11_a_new_link_voids_the_older_one() {
        SecretToken older = requestLink("mario@rossi.it");
        SecretToken newer = requestLink("mario@rossi.it");

        assertThat(reset.isUsable(older)).isFalse();
        assertThatThrownBy(() -> reset.reset(new ResetPortalPasswordCommand(older, NEW_PASSWORD)))
                .isInstanceOf(LinkNoLongerValidException.class);
        assertThat(reset.isUsable(newer)).isTrue();
    }

    @Test
    void B11_a_reset_link_expires_after_one_hour() {
        SecretToken token = requestLink("mario@rossi.it");
        clock.advance(Duration.ofMinutes(60));

        assertThat(reset.isUsable(token)).isFalse();
        assertThatThrownBy(() -> reset.reset(new ResetPortalPasswordCommand(token, NEW_PASSWORD)))
                .isInstanceOf(LinkNoLongerValidException.class);
        assertThat(hasher.matches(OLD_PASSWORD, passwordHash())).isTrue();
    }

    @Test
    void B11_a_weak_password_is_refused_on_its_field_and_the_link_still_works() {
        SecretToken token = requestLink("mario@rossi.it");

        assertThatThrownBy(() -> reset.reset(new ResetPortalPasswordCommand(token, "password1234")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> reset.reset(new ResetPortalPasswordCommand(token, "short")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("password"));

        assertThat(reset.isUsable(token)).isTrue();
        assertThat(hasher.matches(OLD_PASSWORD, passwordHash())).isTrue();
    }

    @Test
    void B11_a_made_up_link_is_refused() {
        SecretToken madeUp = SecretToken.generate();

        assertThat(reset.isUsable(madeUp)).isFalse();
        assertThatThrownBy(() -> reset.reset(new ResetPortalPasswordCommand(madeUp, NEW_PASSWORD)))
                .isInstanceOf(LinkNoLongerValidException.class);
    }
}
