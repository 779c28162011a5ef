package io.portico.domain.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PortalUserTest {

    @Test
    void B2_an_activated_address_becomes_a_portal_user_that_has_not_signed_in_yet() {
        var now = Instant.parse("2026-03-02T09:00:00Z");
        var user = PortalUser.activate(new EmailAddress("mario@rossi.it"), "hash", now);
        assertThat(user.email()).isEqualTo(new EmailAddress("mario@rossi.it"));
        assertThat(user.passwordHash()).isEqualTo("hash");
        assertThat(user.createdAt()).isEqualTo(now);
        assertThat(user.lastLoginAt()).isEmpty();
    }
}
