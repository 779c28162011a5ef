package io.portico.domain.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailboxHealthTest {

    @Test
    void issue13_item2_a_mailbox_fails_while_it_has_a_failing_spell() {
        assertThat(MailboxHealth.NEW.failing()).isFalse();
        assertThat(MailboxHealth.NEW.messagesSynced()).isZero();
        var failing = new MailboxHealth(Optional.empty(), 0, 0, Optional.of(SyncError.TIMEOUT), Optional.of(Instant.EPOCH));
        assertThat(failing.failing()).isTrue();
    }

    @Test
    void every_part_is_given() {
        assertThatThrownBy(() -> new MailboxHealth(null, 0, 0, Optional.empty(), Optional.empty())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new MailboxHealth(Optional.empty(), 0, 0, null, Optional.empty())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new MailboxHealth(Optional.empty(), 0, 0, Optional.empty(), null)).isInstanceOf(NullPointerException.class);
    }
}
