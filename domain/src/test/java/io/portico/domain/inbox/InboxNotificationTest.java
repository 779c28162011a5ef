package io.portico.domain.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InboxNotificationTest {

    private final StaffId anna = StaffId.random();
    private final Instant now = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void a_new_entry_is_unread_until_it_has_a_read_time() {
        var entry = InboxNotification.unread(anna, "inbox.activated", List.of("Rossi"), "/accounts/1", now);
        assertThat(entry.recipient()).isEqualTo(anna);
        assertThat(entry.createdAt()).isEqualTo(now);
        assertThat(entry.isRead()).isFalse();

        var read = new InboxNotification(entry.id(), anna, entry.messageKey(), entry.arguments(), entry.link(), now,
                Optional.of(now.plusSeconds(60)));
        assertThat(read.isRead()).isTrue();
    }
}
