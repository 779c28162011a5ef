package io.portico.ui.team;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.select.Select;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffRole;
import java.util.Locale;

/** The role and rights fields of the invite and change dialogs: rights show for an employee only. */
final class Rights {

    private Rights() {
    }

    static Select<StaffRole> roleSelect(String label) {
        var role = new Select<StaffRole>();
        role.setLabel(label);
        role.setItems(StaffRole.ADMIN, StaffRole.EMPLOYEE);
        role.setItemLabelGenerator(value -> role.getTranslation(roleKey(value)));
        role.setValue(StaffRole.EMPLOYEE);
        return role;
    }

    static CheckboxGroup<StaffRight> rightsGroup(Select<StaffRole> role) {
        var rights = new CheckboxGroup<StaffRight>(role.getTranslation("team.field.rights"));
        rights.setItems(StaffRight.values());
        rights.setItemLabelGenerator(value -> rights.getTranslation(rightKey(value)));
        role.addValueChangeListener(event -> rights.setVisible(event.getValue() == StaffRole.EMPLOYEE));
        return rights;
    }

    static String roleKey(StaffRole role) {
        return "team.role." + role.name().toLowerCase(Locale.ROOT);
    }

    static String rightKey(StaffRight right) {
        return "team.right." + right.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
