package io.portico.persistence.staff;

import static io.portico.persistence.jooq.Tables.STAFF;

import io.portico.application.staff.port.out.SyncedMailMutePort;
import io.portico.domain.staff.StaffId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Item 8: the {@code staff.mute_synced_mail} column (V48), which the notices of new synced mail read. */
@Repository
class JooqSyncedMailMuteAdapter implements SyncedMailMutePort {

    private final DSLContext dsl;

    JooqSyncedMailMuteAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean muted(StaffId member) {
        return dsl.select(STAFF.MUTE_SYNCED_MAIL).from(STAFF).where(STAFF.ID.eq(member.value()))
                .fetchOptional(STAFF.MUTE_SYNCED_MAIL).orElse(false);
    }

    @Override
    public void mute(StaffId member, boolean muted) {
        dsl.update(STAFF).set(STAFF.MUTE_SYNCED_MAIL, muted).where(STAFF.ID.eq(member.value())).execute();
    }
}
