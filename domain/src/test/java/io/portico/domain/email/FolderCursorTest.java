package io.portico.domain.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FolderCursorTest {

    @Test
    void issue13_item3_a_restart_continues_after_the_last_uid_of_the_same_uidvalidity() {
        assertThat(new FolderCursor(7, 120).resumeAfter(7)).isEqualTo(120);
    }

    @Test
    void issue13_item3_a_changed_uidvalidity_reads_the_folder_from_the_start() {
        assertThat(new FolderCursor(7, 120).resumeAfter(8)).isZero();
    }

    @Test
    void a_cursor_is_never_before_the_first_uid() {
        assertThat(new FolderCursor(7, 0).lastUid()).isZero();
        assertThatThrownBy(() -> new FolderCursor(7, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
