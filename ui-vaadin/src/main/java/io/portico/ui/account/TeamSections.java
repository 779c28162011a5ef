package io.portico.ui.account;

import com.vaadin.flow.component.Component;
import io.portico.application.account.port.in.ChangeTeamUseCase;
import io.portico.application.staff.port.in.StaffDirectoryQuery;

/** Builds the Info tab's {@link TeamSection} (A6, F4) from the staff who may be on a team. */
@org.springframework.stereotype.Component
public class TeamSections {

    private final StaffDirectoryQuery staffDirectory;
    private final ChangeTeamUseCase changeTeam;

    TeamSections(StaffDirectoryQuery staffDirectory, ChangeTeamUseCase changeTeam) {
        this.staffDirectory = staffDirectory;
        this.changeTeam = changeTeam;
    }

    Component section(ShownProfile shown) {
        return new TeamSection(shown, staffDirectory.activeStaff(), changeTeam);
    }
}
