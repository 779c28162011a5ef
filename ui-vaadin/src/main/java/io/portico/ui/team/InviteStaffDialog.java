package io.portico.ui.team;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.portico.application.staff.port.in.InviteStaffCommand;
import io.portico.application.staff.port.in.InviteStaffUseCase;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffRole;
import io.portico.ui.i18n.Fields;
import io.portico.ui.i18n.InputErrors;
import io.portico.ui.i18n.PorticoI18NProvider;
import java.util.Locale;
import java.util.Map;

/** G2: invites a colleague by mail, with a role, an employee's rights, and the language of the mail. */
class InviteStaffDialog extends Dialog {

    final TextField firstName = new TextField(getTranslation("field.firstName"));
    final TextField lastName = new TextField(getTranslation("field.lastName"));
    final EmailField email = Fields.email();
    final Select<StaffRole> role = Rights.roleSelect(getTranslation("team.field.role"));
    final CheckboxGroup<StaffRight> rights = Rights.rightsGroup(role);
    final Select<Locale> language = new Select<>();
    final Button send = new Button(getTranslation("team.invite.send"));

    InviteStaffDialog(InviteStaffUseCase invite, StaffId actor, Runnable invited) {
        setHeaderTitle(getTranslation("team.invite"));
        language.setLabel(getTranslation("team.field.language"));
        language.setItems(PorticoI18NProvider.LANGUAGES);
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        language.setValue(PorticoI18NProvider.supported(getLocale()));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            try {
                invite.invite(InviteStaffCommand.of(actor, firstName.getValue(), lastName.getValue(), email.getValue(), role.getValue(),
                        rights.getValue(), language.getValue()));
                close();
                invited.run();
            } catch (InvalidInputException e) {
                InputErrors.show(e, Map.<String, HasValidation>of("firstName", firstName, "lastName", lastName, "email", email));
            }
        });
        var form = new VerticalLayout(firstName, lastName, email, role, rights, language);
        form.setPadding(false);
        add(form);
        getFooter().add(new Button(getTranslation("settings.cancel"), click -> close()), send);
    }
}
