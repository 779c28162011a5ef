package io.portico.persistence.portal;

import static io.portico.persistence.jooq.Tables.FIRM;

import io.portico.application.portal.port.out.PortalSettingsPort;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.portal.PortalSettings;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Kept on the firm's row; before setup there is none, and the defaults hold. */
@Repository
class JooqPortalSettingsAdapter implements PortalSettingsPort {

    private final DSLContext dsl;

    JooqPortalSettingsAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public PortalSettings load() {
        return dsl.select(FIRM.INVITATION_VALIDITY_DAYS).from(FIRM).fetchOptional()
                .map(row -> new PortalSettings(new InvitationValidity(row.value1())))
                .orElse(PortalSettings.DEFAULT);
    }

    @Override
    public void save(PortalSettings settings) {
        dsl.update(FIRM).set(FIRM.INVITATION_VALIDITY_DAYS, settings.invitationValidity().days()).execute();
    }
}
