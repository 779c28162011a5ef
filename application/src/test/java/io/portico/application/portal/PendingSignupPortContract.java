package io.portico.application.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.portal.port.out.PendingSignupPort;
import io.portico.domain.account.AccountType;
import io.portico.domain.portal.PendingSignup;
import io.portico.domain.portal.SignupRequest;
import io.portico.domain.shared.SecretToken;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every pending signup port does; each test starts with nothing stored. */
public abstract class PendingSignupPortContract {

    protected abstract PendingSignupPort pending();

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void B9_a_pending_signup_is_found_by_its_hash_with_everything_typed() {
        var company = PendingSignup.submit(SecretToken.generate().hash(),
                SignupRequest.of("Mario", "Rossi", "Mario@Rossi.it", AccountType.COMPANY, "Rossi Srl"), "argon-hash", NOW);
        var person = PendingSignup.submit(SecretToken.generate().hash(),
                SignupRequest.of("Lucia", "Neri", "lucia@neri.it", AccountType.OTHER, null), "other-hash", NOW);
        pending().add(company);
        pending().add(person);

        assertThat(pending().find(company.tokenHash())).contains(company);
        assertThat(pending().find(person.tokenHash())).contains(person);
        assertThat(pending().find(SecretToken.generate().hash())).isEmpty();
    }

    @Test
    void B9_a_verification_link_is_redeemed_once_and_never_when_expired() {
        var link = PendingSignup.submit(SecretToken.generate().hash(),
                SignupRequest.of("Mario", "Rossi", "mario@rossi.it", AccountType.INDIVIDUAL, null), "hash", NOW);
        var old = PendingSignup.submit(SecretToken.generate().hash(),
                SignupRequest.of("Mario", "Rossi", "mario@rossi.it", AccountType.INDIVIDUAL, null), "hash", NOW.minus(Duration.ofHours(25)));
        pending().add(link);
        pending().add(old);

        assertThat(pending().redeem(link.tokenHash(), NOW.plusSeconds(1)))
                .hasValueSatisfying(used -> assertThat(used.usedAt()).isEqualTo(NOW.plusSeconds(1)));
        assertThat(pending().redeem(link.tokenHash(), NOW.plusSeconds(2))).isEmpty();
        assertThat(pending().find(link.tokenHash()).orElseThrow().usableAt(NOW.plusSeconds(3))).isFalse();
        assertThat(pending().redeem(old.tokenHash(), NOW)).isEmpty();
    }

    @Test
    void B9_dead_verification_links_are_purged_with_their_password_hash_and_open_ones_kept() {
        var open = PendingSignup.submit(SecretToken.generate().hash(),
                SignupRequest.of("Mario", "Rossi", "mario@rossi.it", AccountType.INDIVIDUAL, null), "hash", NOW);
        var used = PendingSignup.submit(SecretToken.generate().hash(),
                SignupRequest.of("Lucia", "Neri", "lucia@neri.it", AccountType.INDIVIDUAL, null), "hash", NOW);
        var expired = PendingSignup.submit(SecretToken.generate().hash(),
                SignupRequest.of("Paolo", "Blu", "paolo@blu.it", AccountType.INDIVIDUAL, null), "hash", NOW.minus(Duration.ofHours(25)));
        pending().add(open);
        pending().add(used);
        pending().add(expired);
        pending().redeem(used.tokenHash(), NOW);

        assertThat(pending().purgeDead(NOW.plusSeconds(1))).isEqualTo(2);

        assertThat(pending().find(open.tokenHash())).isPresent();
        assertThat(pending().find(used.tokenHash())).isEmpty();
        assertThat(pending().find(expired.tokenHash())).isEmpty();
    }
}
