package io.portico.application.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.session.InMemoryCredentialEpochs;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.access.AccessEvent;
import io.portico.domain.account.access.Actor;
import io.portico.domain.contact.ContactId;
import io.portico.domain.portal.PortalAccount;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 10, item 10: losing the last portal access ends the client's sessions; losing one of several does not. */
class LostPortalAccessTest {

    private static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");
    private static final EmailAddress MARIO = new EmailAddress("mario@rossi.it");

    private final InMemoryPortalUsers users = new InMemoryPortalUsers();
    private final InMemoryCredentialEpochs epochs = new InMemoryCredentialEpochs();
    private final List<PortalAccount> stillOpen = new ArrayList<>();
    private final PortalAccessPort access = new PortalAccessPort() {
        @Override
        public List<PortalAccount> loginAccounts(EmailAddress email) {
            return email.equals(MARIO) ? stillOpen : List.of();
        }

        @Override
        public boolean loginOn(AccountId account, EmailAddress email) {
            throw new UnsupportedOperationException();
        }
    };
    private final LostPortalAccess listener = new LostPortalAccess(access, users, epochs);
    private final Actor anna = Actor.staff(StaffId.random());
    private PortalUser mario;

    @BeforeEach
    void aClient() {
        mario = PortalUser.activate(MARIO, "hash", NOW);
        users.add(mario);
    }

    private long epoch() {
        return epochs.epoch(new CredentialHolder.Portal(mario.id()));
    }

    @Test
    void issue10_login_off_on_the_last_account_ends_the_clients_sessions() {
        assertThat(listener.on(new AccessEvent.LoginTurnedOff(AccountId.random(), anna, NOW, ContactId.random(), MARIO))).isEmpty();
        assertThat(epoch()).isEqualTo(1);
    }

    @Test
    void issue10_a_revoked_unlinked_address_without_other_access_ends_the_clients_sessions() {
        listener.on(new AccessEvent.UnlinkedRevoked(AccountId.random(), anna, NOW, MARIO));
        assertThat(epoch()).isEqualTo(1);
    }

    @Test
    void B6_while_another_account_lets_the_client_in_the_session_stays() {
        stillOpen.add(new PortalAccount(AccountId.random(), "Bianchi Srl"));
        listener.on(new AccessEvent.LoginTurnedOff(AccountId.random(), anna, NOW, ContactId.random(), MARIO));
        assertThat(epoch()).isZero();
    }

    @Test
    void issue10_other_events_and_addresses_without_a_portal_user_change_nothing() {
        listener.on(new AccessEvent.LinksVoided(AccountId.random(), anna, NOW, MARIO));
        listener.on(new AccessEvent.LoginTurnedOff(AccountId.random(), anna, NOW, ContactId.random(), new EmailAddress("nobody@rossi.it")));
        assertThat(epoch()).isZero();
    }
}
