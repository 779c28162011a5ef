package io.portico.application.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.domain.session.CredentialHolder;
import io.portico.domain.staff.StaffId;
import org.junit.jupiter.api.Test;

class SessionValidityServiceTest {

    private final InMemoryCredentialEpochs epochs = new InMemoryCredentialEpochs();
    private final SessionValidityService validity = new SessionValidityService(epochs);

    @Test
    void issue10_a_session_is_checked_against_the_current_epoch() {
        var anna = new CredentialHolder.Staff(StaffId.random());
        assertThat(validity.currentEpoch(anna)).isZero();
        epochs.raise(anna);
        assertThat(validity.currentEpoch(anna)).isEqualTo(1);
    }
}
