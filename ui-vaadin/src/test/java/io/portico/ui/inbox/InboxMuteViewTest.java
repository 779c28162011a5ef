package io.portico.ui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.staff.port.in.MuteSyncedMailUseCase;
import io.portico.domain.staff.StaffId;
import io.portico.ui.support.StaffViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 13, item 8: each member mutes Inbox+ notices of new synced mail for themselves, on Inbox+. */
class InboxMuteViewTest extends StaffViewTest {

    @Autowired
    MuteSyncedMailUseCase mute;

    @AfterEach
    void unmuted() {
        mute.mute(new StaffId(signInAsOwner().id()), false);
    }

    @Test
    void issue13_item8_the_switch_on_inbox_mutes_and_unmutes_the_signed_in_member() {
        StaffId owner = new StaffId(signInAsOwner().id());
        InboxView view = navigate(InboxView.class);
        assertThat(view.muteSyncedMail.getValue()).isFalse();

        test(view.muteSyncedMail).click();
        assertThat(mute.muted(owner)).isTrue();
        assertThat(navigate(InboxView.class).muteSyncedMail.getValue()).isTrue();

        test(navigate(InboxView.class).muteSyncedMail).click();
        assertThat(mute.muted(owner)).isFalse();
    }
}
