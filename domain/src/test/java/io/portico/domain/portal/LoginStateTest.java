package io.portico.domain.portal;

import static io.portico.domain.portal.LoginEvent.ACTIVATE;
import static io.portico.domain.portal.LoginEvent.EXPIRE;
import static io.portico.domain.portal.LoginEvent.INVITE;
import static io.portico.domain.portal.LoginEvent.LOGIN_OFF;
import static io.portico.domain.portal.LoginEvent.LOGIN_ON;
import static io.portico.domain.portal.LoginState.ACTIVE;
import static io.portico.domain.portal.LoginState.EXPIRED;
import static io.portico.domain.portal.LoginState.INVITED;
import static io.portico.domain.portal.LoginState.NOT_INVITED;
import static io.portico.domain.portal.LoginState.REVOKED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.account.AccountId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginStateTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    /** Every (state, event) pair: its next state, or absent where the event cannot happen. */
    private static final Map<LoginState, Map<LoginEvent, LoginState>> TABLE = new EnumMap<>(Map.of(
            NOT_INVITED, Map.of(INVITE, INVITED, ACTIVATE, ACTIVE, LOGIN_OFF, REVOKED),
            INVITED, Map.of(INVITE, INVITED, EXPIRE, EXPIRED, ACTIVATE, ACTIVE, LOGIN_OFF, REVOKED),
            EXPIRED, Map.of(INVITE, INVITED, ACTIVATE, ACTIVE, LOGIN_OFF, REVOKED),
            ACTIVE, Map.of(LOGIN_OFF, REVOKED),
            REVOKED, Map.of(LOGIN_ON, NOT_INVITED)));

    @Test
    void B1_B6_every_transition_of_portal_access_follows_the_table() {
        for (LoginState state : LoginState.values()) {
            for (LoginEvent event : LoginEvent.values()) {
                LoginState expected = TABLE.get(state).get(event);
                if (expected == null) {
                    assertThatThrownBy(() -> state.next(event)).as("%s on %s", event, state)
                            .isInstanceOf(IllegalLoginTransitionException.class);
                } else {
                    assertThat(state.next(event)).as("%s on %s", event, state).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void B1_skipping_the_invitation_leaves_the_address_pending_activation() {
        assertThat(REVOKED.next(LOGIN_ON)).isEqualTo(NOT_INVITED);
        assertThat(NOT_INVITED.pendingActivation()).isTrue();
    }

    @Test
    void B3_pending_activation_is_every_state_with_login_on_but_no_portal_user() {
        assertThat(LoginState.values()).filteredOn(LoginState::pendingActivation).containsExactly(NOT_INVITED, INVITED, EXPIRED);
    }

    @Test
    void B6_an_active_address_cannot_be_invited_again_and_loses_access_with_login_off() {
        assertThatThrownBy(() -> ACTIVE.next(INVITE)).isInstanceOfSatisfying(IllegalLoginTransitionException.class, e -> {
            assertThat(e.state()).isEqualTo(ACTIVE);
            assertThat(e.event()).isEqualTo(INVITE);
        });
        assertThat(ACTIVE.next(LOGIN_OFF)).isEqualTo(REVOKED);
    }

    @Test
    void the_state_of_stored_facts_login_off_wins_then_a_portal_user() {
        Optional<Invitation> fresh = Optional.of(invitation(NOW.minus(Duration.ofDays(1))));
        assertThat(LoginState.of(false, true, fresh, NOW)).isEqualTo(REVOKED);
        assertThat(LoginState.of(true, true, fresh, NOW)).isEqualTo(ACTIVE);
        assertThat(LoginState.of(true, false, fresh, NOW)).isEqualTo(INVITED);
        assertThat(LoginState.of(true, false, Optional.empty(), NOW)).isEqualTo(NOT_INVITED);
    }

    @Test
    void B2_a_link_older_than_the_firms_expiry_makes_the_address_expired() {
        Invitation sevenDaysAgo = invitation(NOW.minus(Duration.ofDays(7)));
        assertThat(LoginState.of(true, false, Optional.of(sevenDaysAgo), NOW)).isEqualTo(EXPIRED);
        assertThat(LoginState.of(true, false, Optional.of(sevenDaysAgo), NOW.minusSeconds(1))).isEqualTo(INVITED);
    }

    @Test
    void B5_a_voided_latest_link_leaves_the_address_not_invited() {
        Invitation voided = withVoidedAt(invitation(NOW.minus(Duration.ofHours(1))), NOW);
        assertThat(LoginState.of(true, false, Optional.of(voided), NOW)).isEqualTo(NOT_INVITED);
    }

    static Invitation invitation(Instant sentAt) {
        return Invitation.send(SecretToken.generate().hash(), AccountId.random(), new EmailAddress("anna@example.it"), "",
                StaffId.random(), sentAt, InvitationValidity.DEFAULT);
    }

    static Invitation withVoidedAt(Invitation invitation, Instant at) {
        return invitation.with(invitation.link().voidAt(at));
    }
}
