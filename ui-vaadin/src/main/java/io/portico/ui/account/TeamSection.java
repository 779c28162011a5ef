package io.portico.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.portico.application.account.port.in.ChangeTeamUseCase;
import io.portico.application.staff.port.in.StaffSummary;
import java.util.List;
import java.util.stream.Collectors;

/** A6, F4: the team, and changing it for those who may edit the account. */
class TeamSection extends HorizontalLayout {

    TeamSection(ShownProfile shown, List<StaffSummary> staff, ChangeTeamUseCase changeTeam) {
        setAlignItems(Alignment.BASELINE);
        List<StaffSummary> members = staff.stream().filter(s -> shown.account().team().contains(s.id())).toList();
        var label = new Span(getTranslation("accounts.team") + ": " + String.join(", ", members.stream().map(StaffSummary::name).toList()));
        add(label);
        if (!shown.editable()) {
            return;
        }
        var picker = new MultiSelectComboBox<StaffSummary>();
        picker.setItems(staff);
        picker.setItemLabelGenerator(StaffSummary::name);
        picker.select(members);
        picker.setVisible(false);
        var save = new Button(getTranslation("notes.save"), click -> shown.change(() -> changeTeam.changeTeam(shown.viewer(), shown.id(),
                shown.account().version(), picker.getValue().stream().map(StaffSummary::id).collect(Collectors.toSet()))));
        save.setVisible(false);
        var edit = new Button(getTranslation("account.edit-team"), click -> {
            picker.setVisible(true);
            save.setVisible(true);
            label.setVisible(false);
            click.getSource().setVisible(false);
        });
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(picker, save, edit);
    }
}
