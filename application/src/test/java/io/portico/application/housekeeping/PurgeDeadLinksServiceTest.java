package io.portico.application.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.link.InMemoryMailedLinks;
import io.portico.application.shared.MutableClock;
import io.portico.domain.account.AccountType;
import io.portico.domain.link.LinkHolder;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.link.MailedLink;
import io.portico.domain.portal.PendingSignup;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.portal.SignupRequest;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PurgeDeadLinksServiceTest {

    private final MutableClock clock = MutableClock.startingAt("2026-11-23T09:00:00Z");
    private final InMemoryMailedLinks links = new InMemoryMailedLinks();
    private final PurgeDeadLinksService purge = new PurgeDeadLinksService(links, clock);

    @Test
    void B9_B11_G1_links_past_their_time_are_purged_and_those_still_working_kept() {
        var signup = PendingSignup.submit(SecretToken.generate().hash(),
                SignupRequest.of("Mario", "Rossi", "mario@rossi.it", AccountType.INDIVIDUAL, null), clock.instant());
        links.issue(signup);
        var portalReset = MailedLink.issue(SecretToken.generate().hash(), LinkPurpose.PORTAL_PASSWORD_RESET,
                LinkHolder.of(PortalUserId.random().value()), clock.instant());
        links.issue(portalReset);
        var staffReset = MailedLink.issue(SecretToken.generate().hash(), LinkPurpose.STAFF_PASSWORD_RESET,
                LinkHolder.of(StaffId.random().value()), clock.instant());
        links.issue(staffReset);

        assertThat(purge.purge()).as("all still work").isZero();

        clock.advance(Duration.ofHours(2)); // the reset links (one hour) are dead, the sign-up (24 hours) is not
        assertThat(purge.purge()).isEqualTo(2);
        assertThat(links.signup(signup.tokenHash())).isPresent();
        assertThat(links.find(LinkPurpose.PORTAL_PASSWORD_RESET, portalReset.tokenHash())).isEmpty();
        assertThat(links.find(LinkPurpose.STAFF_PASSWORD_RESET, staffReset.tokenHash())).isEmpty();

        clock.advance(Duration.ofDays(1));
        assertThat(purge.purge()).isEqualTo(1);
        assertThat(links.signup(signup.tokenHash())).isEmpty();
    }
}
