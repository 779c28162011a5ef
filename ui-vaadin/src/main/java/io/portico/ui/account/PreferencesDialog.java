package io.portico.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import io.portico.application.notification.port.in.AddressPreferences;
import io.portico.application.notification.port.in.ChangeNotificationPreferencesCommand;
import io.portico.application.notification.port.in.ChangeNotificationPreferencesUseCase;
import io.portico.domain.staff.StaffId;
import io.portico.ui.notification.PreferencesForm;

/** Issue 11, item 1: ⋯ → Notification preferences next to an address on the account's Info tab. */
class PreferencesDialog extends Dialog {

    final PreferencesForm form;
    final Button save = new Button(getTranslation("notification.save"));

    /** @param change runs the save (e.g. through the profile's refusal handling); it closes the dialog when it succeeds */
    PreferencesDialog(AddressPreferences shown, boolean editable, StaffId viewer, ChangeNotificationPreferencesUseCase use,
                             java.util.function.Consumer<Runnable> change) {
        setHeaderTitle(getTranslation("notification.preferences.title", shown.email().value()));
        form = new PreferencesForm(shown.preferences(), shown.locked(), editable);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(editable);
        save.addClickListener(click -> change.accept(() -> {
            use.change(new ChangeNotificationPreferencesCommand(viewer, shown.account(), shown.email(), form.value()));
            close();
        }));
        getFooter().add(new Button(getTranslation(editable ? "notification.cancel" : "notification.close"), click -> close()), save);
    }
}
