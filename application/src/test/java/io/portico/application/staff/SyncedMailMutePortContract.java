package io.portico.application.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.staff.port.out.SyncedMailMutePort;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SyncedMailMutePort} does (issue 13, item 8); each test starts with no staff. */
public abstract class SyncedMailMutePortContract {

    protected abstract StaffPort staff();

    protected abstract SyncedMailMutePort mutes();

    private StaffMember anna;
    private StaffMember luca;

    @BeforeEach
    void members() {
        anna = StaffPortContract.owner("anna@studio.it");
        luca = StaffPortContract.owner("luca@studio.it");
        staff().add(anna, "hash");
        staff().add(luca, "hash");
    }

    @Test
    void issue13_item8_members_hear_of_new_synced_mail_until_they_mute_it() {
        assertThat(mutes().muted(anna.id())).isFalse();
    }

    @Test
    void issue13_item8_muting_is_each_members_own_and_can_be_undone() {
        mutes().mute(anna.id(), true);
        assertThat(mutes().muted(anna.id())).isTrue();
        assertThat(mutes().muted(luca.id())).isFalse();

        mutes().mute(anna.id(), false);
        assertThat(mutes().muted(anna.id())).isFalse();
    }

    @Test
    void issue13_item8_muting_someone_not_on_the_staff_is_ignored() {
        StaffId stranger = StaffId.random();
        mutes().mute(stranger, true);
        assertThat(mutes().muted(stranger)).isFalse();
    }
}
