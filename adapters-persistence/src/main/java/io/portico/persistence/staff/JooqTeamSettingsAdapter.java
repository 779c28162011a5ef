package io.portico.persistence.staff;

import static io.portico.persistence.jooq.Tables.FIRM;

import io.portico.application.staff.port.out.TeamSettingsPort;
import io.portico.domain.portal.InvitationValidity;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The team settings on the firm's one row (see V22). */
@Repository
class JooqTeamSettingsAdapter implements TeamSettingsPort {

    private final DSLContext dsl;

    JooqTeamSettingsAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public InvitationValidity staffInvitationValidity() {
        return dsl.select(FIRM.STAFF_INVITATION_DAYS).from(FIRM).fetchOptional(FIRM.STAFF_INVITATION_DAYS)
                .map(InvitationValidity::new)
                .orElse(InvitationValidity.DEFAULT);
    }

    @Override
    public void staffInvitationValidity(InvitationValidity validity) {
        dsl.update(FIRM).set(FIRM.STAFF_INVITATION_DAYS, validity.days()).execute();
    }
}
