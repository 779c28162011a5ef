package io.portico.ui.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.portico.application.notification.port.in.LockNotificationCategoriesCommand;
import io.portico.application.notification.port.in.LockNotificationCategoriesUseCase;
import io.portico.domain.notification.LockedCategories;
import io.portico.domain.notification.NotificationCategory;
import io.portico.domain.staff.StaffId;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.RolesAllowed;

/** Issue 11, item 1: Settings → Notifications: the categories every client receives and cannot turn off. */
@Route("settings/notifications")
@RolesAllowed({"OWNER", "ADMIN"})
public class NotificationSettingsView extends VerticalLayout implements HasDynamicTitle {

    final CheckboxGroup<NotificationCategory> locked = new CheckboxGroup<>(getTranslation("settings.notifications.locked"));
    final Button save = new Button(getTranslation("settings.save"));
    final Paragraph saved = new Paragraph(getTranslation("settings.notifications.saved"));
    private final LockNotificationCategoriesUseCase lock;
    private final StaffId actor;

    public NotificationSettingsView(LockNotificationCategoriesUseCase lock, StaffSession session) {
        this.lock = lock;
        this.actor = new StaffId(session.current().orElseThrow().id());
        setMaxWidth("40em");
        locked.setItems(NotificationCategory.values());
        locked.setItemLabelGenerator(category -> getTranslation("notification.category." + category.name()));
        locked.setHelperText(getTranslation("settings.notifications.locked.help"));
        locked.addThemeName("vertical");
        locked.setValue(lock.locked().categories());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            this.lock.lock(new LockNotificationCategoriesCommand(actor, new LockedCategories(locked.getValue())));
            saved.setVisible(true);
        });
        saved.setVisible(false);
        add(new H1(getTranslation("nav.notification-settings")), locked, save, saved);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notification-settings") + " · Portico";
    }
}
