package io.portico.application.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.portal.InMemoryPendingSignups;
import io.portico.application.portal.InMemoryPortalPasswordResets;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.InMemoryPasswordResetTickets;
import io.portico.domain.account.AccountType;
import io.portico.domain.portal.PendingSignup;
import io.portico.domain.portal.PortalPasswordResetTicket;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.portal.SignupRequest;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.PasswordResetTicket;
import io.portico.domain.staff.StaffId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PurgeDeadLinksServiceTest {

    private final MutableClock clock = MutableClock.startingAt("2026-11-23T09:00:00Z");
    private final InMemoryPendingSignups signups = new InMemoryPendingSignups();
    private final InMemoryPortalPasswordResets portalResets = new InMemoryPortalPasswordResets();
    private final InMemoryPasswordResetTickets staffResets = new InMemoryPasswordResetTickets();
    private final PurgeDeadLinksService purge = new PurgeDeadLinksService(signups, portalResets, staffResets, clock);

    @Test
    void B9_B11_G1_links_past_their_time_are_purged_and_those_still_working_kept() {
        var signup = PendingSignup.submit(SecretToken.generate().hash(),
                SignupRequest.of("Mario", "Rossi", "mario@rossi.it", AccountType.INDIVIDUAL, null), "hash", clock.instant());
        signups.add(signup);
        var portalReset = PortalPasswordResetTicket.issue(PortalUserId.random(), SecretToken.generate().hash(), clock.instant());
        portalResets.issue(portalReset, clock.instant());
        var staffReset = PasswordResetTicket.issue(StaffId.random(), SecretToken.generate().hash(), clock.instant());
        staffResets.save(staffReset);

        assertThat(purge.purge()).as("all still work").isZero();

        clock.advance(Duration.ofHours(2)); // the reset links (one hour) are dead, the sign-up (24 hours) is not
        assertThat(purge.purge()).isEqualTo(2);
        assertThat(signups.find(signup.tokenHash())).isPresent();
        assertThat(portalResets.find(portalReset.tokenHash())).isEmpty();
        assertThat(staffResets.find(staffReset.tokenHash())).isEmpty();

        clock.advance(Duration.ofDays(1));
        assertThat(purge.purge()).isEqualTo(1);
        assertThat(signups.find(signup.tokenHash())).isEmpty();
    }
}
