package io.portico.domain.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.account.AccountType;
import io.portico.domain.link.LinkHolder;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.link.MailedLink;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.SecretToken;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SignupRequestTest {

    private static void refusedOn(String field, String messageKey, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }

    @Test
    void B9_A3_an_individual_or_other_account_is_named_after_the_client() {
        var request = SignupRequest.of(" Mario ", "Rossi", "Mario@Rossi.IT", AccountType.INDIVIDUAL, "ignored Srl");
        assertThat(request.accountName().value()).isEqualTo("Mario Rossi");
        assertThat(request.companyName()).as("only a company keeps a company name").isEmpty();
        assertThat(request.email().value()).isEqualTo("Mario@rossi.it");
        assertThat(SignupRequest.of("Mario", "Rossi", "mario@rossi.it", AccountType.OTHER, "").accountName().value())
                .isEqualTo("Mario Rossi");
    }

    @Test
    void B9_A3_a_company_account_is_named_after_the_company_and_needs_its_name() {
        assertThat(SignupRequest.of("Mario", "Rossi", "mario@rossi.it", AccountType.COMPANY, "Rossi Srl").accountName().value())
                .isEqualTo("Rossi Srl");
        refusedOn("companyName", "input.required", () -> SignupRequest.of("Mario", "Rossi", "mario@rossi.it", AccountType.COMPANY, " "));
    }

    @Test
    void B9_each_bad_value_is_refused_on_its_field() {
        refusedOn("firstName", "input.required", () -> SignupRequest.of("", "Rossi", "mario@rossi.it", AccountType.INDIVIDUAL, null));
        refusedOn("lastName", "name.forbidden-character", () -> SignupRequest.of("Mario", "Ros/si", "mario@rossi.it", AccountType.INDIVIDUAL, null));
        refusedOn("email", "email.invalid", () -> SignupRequest.of("Mario", "Rossi", "mario-at-rossi", AccountType.INDIVIDUAL, null));
        refusedOn("accountType", "input.required", () -> SignupRequest.of("Mario", "Rossi", "mario@rossi.it", null, null));
        refusedOn("companyName", "name.forbidden-character", () -> SignupRequest.of("Mario", "Rossi", "mario@rossi.it", AccountType.COMPANY, "Rossi: Srl"));
    }

    @Test
    void B9_the_password_follows_the_NIST_rules() {
        var request = SignupRequest.of("Mario", "Rossi", "mario@rossi.it", AccountType.INDIVIDUAL, null);
        refusedOn("password", "password.too-short", () -> request.checkPassword("short"));
        refusedOn("password", "password.too-common", () -> request.checkPassword("passwordpassword"));
        request.checkPassword("a fine long passphrase");
    }

    @Test
    void issue10_9_the_clients_names_address_and_company_are_no_password() {
        var request = SignupRequest.of("Mario", "Rossi", "m.bianchi@rossi.it", AccountType.COMPANY, "Verdi Consulting");
        refusedOn("password", "password.personal", () -> request.checkPassword("mario in the morning"));
        refusedOn("password", "password.personal", () -> request.checkPassword("the rossi family 1"));
        refusedOn("password", "password.personal", () -> request.checkPassword("bianchi was here!"));
        refusedOn("password", "password.personal", () -> request.checkPassword("verdi all the way"));
    }

    @Test
    void B9_a_verification_link_works_once_for_24_hours() {
        Instant now = Instant.parse("2026-11-23T09:00:00Z");
        var pending = PendingSignup.submit(SecretToken.generate().hash(),
                SignupRequest.of("Mario", "Rossi", "mario@rossi.it", AccountType.INDIVIDUAL, null), now);

        assertThat(pending.usableAt(now.plus(Duration.ofHours(23)))).isTrue();
        assertThat(pending.usableAt(now.plus(Duration.ofHours(24)))).isFalse();
        var used = pending.with(pending.link().redeemAt(now.plusSeconds(5)).orElseThrow());
        assertThat(used.usableAt(now.plusSeconds(6))).isFalse();
        assertThat(used.usedAt()).isEqualTo(now.plusSeconds(5));
        assertThat(used.createdAt()).isEqualTo(now);
        assertThat(used.expiresAt()).isEqualTo(now.plus(Duration.ofHours(24)));
    }

    @Test
    void B9_a_pending_signup_is_a_verification_link_held_by_its_address() {
        Instant now = Instant.parse("2026-11-23T09:00:00Z");
        var pending = PendingSignup.submit(SecretToken.generate().hash(),
                SignupRequest.of("Mario", "Rossi", "mario@rossi.it", AccountType.INDIVIDUAL, null), now);
        var link = pending.link();
        var otherAddress = new MailedLink(link.tokenHash(), link.purpose(),
                new LinkHolder("lucia@neri.it"), now, link.expiresAt(), null, null);
        var otherPurpose = new MailedLink(link.tokenHash(), LinkPurpose.PORTAL_INVITATION,
                link.holder(), now, link.expiresAt(), null, null);
        assertThatThrownBy(() -> pending.with(otherAddress)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pending.with(otherPurpose)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pending.with(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PendingSignup(link, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PendingSignup(null, pending.request())).isInstanceOf(NullPointerException.class);
        assertThat(pending.tokenHash()).isEqualTo(link.tokenHash());
        assertThat(pending.usedAt()).isNull();
    }
}
