package io.portico.application.portal;

import io.portico.application.portal.port.in.ChangePortalSettingsCommand;
import io.portico.application.portal.port.in.ChangePortalSettingsUseCase;
import io.portico.application.portal.port.in.PortalSettingsQuery;
import io.portico.application.portal.port.out.PortalSettingsPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.portal.PortalSettings;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;

/** G3: Settings → Portal, kept by owners and admins. */
public final class PortalSettingsService implements ChangePortalSettingsUseCase, PortalSettingsQuery {

    private final PortalSettingsPort settings;
    private final StaffPort staff;
    private final Administrators administrators;
    private final Transactions transactions;

    public PortalSettingsService(PortalSettingsPort settings, StaffPort staff, Administrators administrators, Transactions transactions) {
        this.settings = settings;
        this.staff = staff;
        this.administrators = administrators;
        this.transactions = transactions;
    }

    @Override
    public void change(ChangePortalSettingsCommand command) {
        administrators.require(command.actor(), "change portal settings");
        transactions.inTransaction(() -> {
            command.signupTeam().forEach(this::requireActive);
            settings.save(new PortalSettings(command.invitationValidity(), command.signupOpen(), command.signupTeam(),
                    command.reminderDaysBefore()));
        });
    }

    @Override
    public PortalSettings settings() {
        return settings.load();
    }

    /** A deactivated or unknown member would make a self-signed-up account nobody looks after. */
    private void requireActive(StaffId member) {
        if (staff.findById(member).filter(StaffMember::active).isEmpty()) {
            throw new InvalidInputException("signupTeam", "portal.signup-team.not-staff");
        }
    }
}
