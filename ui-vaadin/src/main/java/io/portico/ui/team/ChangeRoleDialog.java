package io.portico.ui.team;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import io.portico.application.staff.port.in.ChangeStaffRoleCommand;
import io.portico.application.staff.port.in.ChangeStaffRoleUseCase;
import io.portico.application.staff.port.in.TeamMember;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffRole;

/** G2: a member's role and, for an employee, rights; the member's open sessions end with the change. */
class ChangeRoleDialog extends Dialog {

    final Select<StaffRole> role = Rights.roleSelect(getTranslation("team.field.role"));
    final CheckboxGroup<StaffRight> rights = Rights.rightsGroup(role);
    final Button save = new Button(getTranslation("settings.save"));

    ChangeRoleDialog(ChangeStaffRoleUseCase change, StaffId actor, TeamMember member, Runnable changed) {
        setHeaderTitle(getTranslation("team.change.title", member.name()));
        role.setValue(member.role());
        rights.setValue(member.rights());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            change.change(new ChangeStaffRoleCommand(actor, member.id(), role.getValue(), rights.getValue()));
            close();
            changed.run();
        });
        add(role, rights);
        getFooter().add(new Button(getTranslation("settings.cancel"), click -> close()), save);
    }
}
