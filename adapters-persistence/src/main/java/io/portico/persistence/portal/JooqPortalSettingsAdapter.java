package io.portico.persistence.portal;

import static io.portico.persistence.jooq.Tables.FIRM;
import static io.portico.persistence.jooq.Tables.PORTAL_SIGNUP_TEAM;

import io.portico.application.portal.port.out.PortalSettingsPort;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.portal.PortalSettings;
import io.portico.domain.staff.StaffId;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Kept on the firm's row and the signup team's table; before setup there is no firm, and the defaults hold. */
@Repository
class JooqPortalSettingsAdapter implements PortalSettingsPort {

    private final DSLContext dsl;

    JooqPortalSettingsAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public PortalSettings load() {
        return dsl.select(FIRM.INVITATION_VALIDITY_DAYS, FIRM.SIGNUP_OPEN, FIRM.INVITATION_REMINDER_DAYS).from(FIRM).fetchOptional()
                .map(row -> new PortalSettings(new InvitationValidity(row.value1()), row.value2(), signupTeam(),
                        Optional.ofNullable(row.value3())))
                .orElse(PortalSettings.DEFAULT);
    }

    @Override
    public void save(PortalSettings settings) {
        dsl.update(FIRM)
                .set(FIRM.INVITATION_VALIDITY_DAYS, settings.invitationValidity().days())
                .set(FIRM.SIGNUP_OPEN, settings.signupOpen())
                .set(FIRM.INVITATION_REMINDER_DAYS, settings.reminderDaysBefore().orElse(null))
                .execute();
        dsl.deleteFrom(PORTAL_SIGNUP_TEAM).execute();
        settings.signupTeam().forEach(member ->
                dsl.insertInto(PORTAL_SIGNUP_TEAM).set(PORTAL_SIGNUP_TEAM.STAFF_ID, member.value()).execute());
    }

    private Set<StaffId> signupTeam() {
        return dsl.select(PORTAL_SIGNUP_TEAM.STAFF_ID).from(PORTAL_SIGNUP_TEAM).fetch(PORTAL_SIGNUP_TEAM.STAFF_ID).stream()
                .map(StaffId::new).collect(Collectors.toUnmodifiableSet());
    }
}
