package io.portico.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.portico.application.bulk.port.AccountSelection;
import io.portico.application.bulk.port.in.BulkAccessCommand;
import io.portico.application.bulk.port.in.BulkAccessPreview;
import io.portico.application.bulk.port.in.BulkAccessQuery;
import io.portico.application.bulk.port.in.StartBulkAccessUseCase;
import io.portico.domain.access.AccessToggle;
import io.portico.domain.account.access.Invite;
import io.portico.domain.bulk.BulkAccessChange;
import io.portico.domain.bulk.ToggleChoice;
import io.portico.domain.job.JobId;
import io.portico.domain.notification.LockedCategories;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import io.portico.ui.notification.PreferencesForm;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * E3, issue 12 items 3 and 4: More actions → Edit LOGIN, NOTIFY, EMAIL SYNC. Per toggle do nothing, enable or
 * disable for all contacts; LOGIN on offers invitations with a message, NOTIFY on the preferences. Preview shows
 * what will change and what is skipped; Confirm starts the job and hands its id on.
 */
class BulkAccessDialog extends Dialog {

    final Map<AccessToggle, RadioButtonGroup<ToggleChoice>> toggles = new EnumMap<>(AccessToggle.class);
    final Checkbox invite = new Checkbox(getTranslation("bulk-access.invite"));
    final TextArea message = new TextArea(getTranslation("bulk-access.message"));
    final PreferencesForm preferences;
    final Div preview = new Div();
    final Button previewButton = new Button(getTranslation("bulk-access.preview"));
    final Button confirm = new Button(getTranslation("bulk-access.confirm"));

    private final StaffId viewer;
    private final AccountSelection selection;

    BulkAccessDialog(StaffId viewer, AccountSelection selection, long accounts, LockedCategories locked, BulkAccessQuery query,
                     StartBulkAccessUseCase start, Consumer<JobId> started) {
        this.viewer = viewer;
        this.selection = selection;
        setHeaderTitle(getTranslation("bulk-access.title", accounts));
        for (AccessToggle toggle : AccessToggle.values()) {
            var group = new RadioButtonGroup<ToggleChoice>(getTranslation("toggle." + toggle.name()));
            group.setItems(ToggleChoice.values());
            group.setItemLabelGenerator(choice -> getTranslation("bulk-access.choice." + choice.name()));
            group.setValue(ToggleChoice.KEEP);
            group.addValueChangeListener(change -> changed());
            toggles.put(toggle, group);
            add(group);
        }
        preferences = new PreferencesForm(NotificationPreferences.DEFAULT, locked, true);
        invite.addValueChangeListener(change -> changed());
        add(invite, message, preferences, preview);
        changed();
        previewButton.addClickListener(click -> showPreview(query));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> command().ifPresent(command -> {
            started.accept(start.start(command));
            close();
        }));
        getFooter().add(new Button(getTranslation("notification.cancel"), click -> close()), previewButton, confirm);
    }

    /** Any change asks for a new preview before the edit can be confirmed. */
    private void changed() {
        boolean loginOn = toggles.get(AccessToggle.LOGIN).getValue() == ToggleChoice.ENABLE;
        invite.setVisible(loginOn);
        message.setVisible(loginOn && invite.getValue());
        preferences.setVisible(toggles.get(AccessToggle.NOTIFY).getValue() == ToggleChoice.ENABLE);
        preview.removeAll();
        confirm.setEnabled(false);
    }

    private void showPreview(BulkAccessQuery query) {
        command().ifPresent(command -> {
            BulkAccessPreview shown = query.preview(command);
            preview.removeAll();
            preview.add(new Paragraph(getTranslation("bulk-access.preview.changes", shown.accounts(), shown.contacts(), shown.addresses(),
                    shown.invitations())));
            if (shown.unchanged() + shown.notEditable() + shown.withoutAddress() > 0) {
                preview.add(new Paragraph(getTranslation("bulk-access.preview.skipped", shown.unchanged(), shown.notEditable(),
                        shown.withoutAddress())));
            }
            if (shown.archived() > 0) {
                preview.add(new Paragraph(getTranslation("bulk-access.preview.archived", shown.archived())));
            }
            shown.skipped().forEach(problem -> preview.add(new Paragraph(problem.item() + ": "
                    + getTranslation(problem.messageKey(), problem.arguments().toArray()))));
            confirm.setEnabled(shown.accounts() > 0);
        });
    }

    private Optional<BulkAccessCommand> command() {
        try {
            boolean loginOn = toggles.get(AccessToggle.LOGIN).getValue() == ToggleChoice.ENABLE;
            boolean notifyOn = toggles.get(AccessToggle.NOTIFY).getValue() == ToggleChoice.ENABLE;
            var change = new BulkAccessChange(toggles.get(AccessToggle.LOGIN).getValue(), toggles.get(AccessToggle.NOTIFY).getValue(),
                    toggles.get(AccessToggle.EMAIL_SYNC).getValue(),
                    loginOn && invite.getValue() ? Optional.of(new Invite(message.getValue())) : Optional.empty(),
                    notifyOn ? Optional.of(preferences.value()) : Optional.empty());
            return Optional.of(new BulkAccessCommand(viewer, selection, change));
        } catch (InvalidInputException e) {
            preview.removeAll();
            preview.add(new Paragraph(getTranslation("error." + e.messageKey())));
            return Optional.empty();
        }
    }
}
