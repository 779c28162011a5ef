package io.portico.persistence.staff;

import static io.portico.persistence.jooq.Tables.MAILED_LINK;
import static org.jooq.impl.DSL.max;

import io.portico.application.staff.port.out.StaffInvitationsPort;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Staff invitations are mailed links held by the member's id (see V16). */
@Repository
class JooqStaffInvitationsAdapter implements StaffInvitationsPort {

    private final DSLContext dsl;

    JooqStaffInvitationsAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Map<StaffId, Instant> lastSent() {
        var sent = max(MAILED_LINK.ISSUED_AT);
        return dsl.select(MAILED_LINK.HOLDER, sent).from(MAILED_LINK)
                .where(MAILED_LINK.PURPOSE.eq(LinkPurpose.STAFF_INVITATION.name()))
                .groupBy(MAILED_LINK.HOLDER)
                .fetchMap(row -> new StaffId(UUID.fromString(row.value1())), row -> row.value2());
    }
}
