package io.portico.ui.team;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import io.portico.application.staff.port.AccountToReassign;
import io.portico.application.staff.port.in.DeactivateStaffCommand;
import io.portico.application.staff.port.in.DeactivateStaffUseCase;
import io.portico.application.staff.port.in.TeamMember;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.StaffStatus;
import java.util.List;

/**
 * G2: deactivating a member lists the accounts only they looked after and hands them, in the same
 * step, to the colleague chosen here (the owner unless changed).
 */
class DeactivateDialog extends Dialog {

    final UnorderedList accounts = new UnorderedList();
    final Select<TeamMember> heir = new Select<>();
    final Button deactivate = new Button(getTranslation("team.deactivate"));

    DeactivateDialog(DeactivateStaffUseCase deactivateUseCase, StaffId actor, TeamMember member, List<TeamMember> team,
                     List<AccountToReassign> soleAccounts, Runnable done) {
        setHeaderTitle(getTranslation("team.deactivate.title", member.name()));
        add(new Paragraph(getTranslation("team.deactivate.intro")));
        List<TeamMember> colleagues = team.stream()
                .filter(other -> other.status() == StaffStatus.ACTIVE && !other.id().equals(member.id()))
                .toList();
        heir.setLabel(getTranslation("team.deactivate.heir"));
        heir.setItems(colleagues);
        heir.setItemLabelGenerator(TeamMember::name);
        colleagues.stream().filter(other -> other.role() == StaffRole.OWNER).findFirst().ifPresent(heir::setValue);
        if (!soleAccounts.isEmpty()) {
            soleAccounts.forEach(account -> accounts.add(new ListItem(account.name())));
            add(new Paragraph(getTranslation("team.deactivate.accounts", soleAccounts.size())), accounts, heir);
        }
        deactivate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        deactivate.getElement().setAttribute("data-action", "team.deactivate.confirm");
        deactivate.addClickListener(click -> {
            deactivateUseCase.deactivate(new DeactivateStaffCommand(actor, member.id(), heir.getValue().id()));
            close();
            done.run();
        });
        getFooter().add(new Button(getTranslation("settings.cancel"), click -> close()), deactivate);
    }
}
