package io.portico.ui.settings;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.portico.application.portal.port.in.ChangePortalSettingsCommand;
import io.portico.application.portal.port.in.ChangePortalSettingsUseCase;
import io.portico.application.portal.port.in.PortalSettingsQuery;
import io.portico.application.staff.port.in.StaffDirectoryQuery;
import io.portico.application.staff.port.in.StaffSummary;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.portal.PortalSettings;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import io.portico.ui.i18n.InputErrors;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * G3, B2, B9: Settings → Portal: how long invitation links work, the reminder before they expire (issue 11, item 5),
 * self-signup on or off, and its team.
 */
@Route("settings/portal")
@RolesAllowed({"OWNER", "ADMIN"})
public class PortalSettingsView extends VerticalLayout implements HasDynamicTitle {

    final IntegerField validity = new IntegerField(getTranslation("field.invitationValidity"));
    final Checkbox signupOpen = new Checkbox(getTranslation("field.signupOpen"));
    final Checkbox remind = new Checkbox(getTranslation("field.invitationReminder"));
    final IntegerField reminderDays = new IntegerField(getTranslation("field.invitationReminderDays"));
    final MultiSelectComboBox<StaffSummary> signupTeam = new MultiSelectComboBox<>(getTranslation("field.signupTeam"));
    final Button save = new Button(getTranslation("settings.save"));
    final Paragraph saved = new Paragraph(getTranslation("settings.portal.saved"));
    final Paragraph error = new Paragraph();
    private final ChangePortalSettingsUseCase change;
    private final StaffId actor;

    public PortalSettingsView(PortalSettingsQuery settings, ChangePortalSettingsUseCase change, StaffDirectoryQuery staff,
                              StaffSession session) {
        this.change = change;
        this.actor = new StaffId(session.current().orElseThrow().id());
        setMaxWidth("40em");
        validity.setMin(1);
        validity.setMax(InvitationValidity.MAX_DAYS);
        validity.setStepButtonsVisible(true);
        reminderDays.setMin(1);
        reminderDays.setStepButtonsVisible(true);
        remind.addValueChangeListener(event -> reminderDays.setEnabled(event.getValue()));
        signupTeam.setItems(staff.activeStaff());
        signupTeam.setItemLabelGenerator(StaffSummary::name);
        signupTeam.setHelperText(getTranslation("settings.portal.team.help"));
        signupTeam.setWidthFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        saved.setVisible(false);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        show(settings.settings());
        add(new H1(getTranslation("nav.portal-settings")), validity, remind, reminderDays, signupOpen, signupTeam, save, saved, error);
    }

    private void show(PortalSettings current) {
        validity.setValue(current.invitationValidity().days());
        remind.setValue(current.reminderDaysBefore().isPresent());
        reminderDays.setValue(current.reminderDaysBefore().orElse(null));
        reminderDays.setEnabled(remind.getValue());
        signupOpen.setValue(current.signupOpen());
        signupTeam.setValue(signupTeam.getListDataView().getItems()
                .filter(member -> current.signupTeam().contains(member.id())).collect(Collectors.toSet()));
    }

    private void save() {
        saved.setVisible(false);
        try {
            change.change(ChangePortalSettingsCommand.of(actor, validity.getValue(), signupOpen.getValue(),
                    signupTeam.getValue().stream().map(StaffSummary::id).collect(Collectors.toSet()), remind.getValue(),
                    reminderDays.getValue()));
            error.setText("");
            validity.setInvalid(false);
            reminderDays.setInvalid(false);
            signupTeam.setInvalid(false);
            saved.setVisible(true);
        } catch (InvalidInputException e) {
            error.setText(InputErrors.show(e, Map.<String, HasValidation>of("invitationValidity", validity, "invitationReminderDays", reminderDays,
                    "signupTeam", signupTeam)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.portal-settings") + " · Portico";
    }
}
