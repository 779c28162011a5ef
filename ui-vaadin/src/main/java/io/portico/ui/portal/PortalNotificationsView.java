package io.portico.ui.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portico.application.notification.port.in.AddressPreferences;
import io.portico.application.notification.port.in.ChangeOwnNotificationPreferencesCommand;
import io.portico.application.notification.port.in.ChangeOwnNotificationPreferencesUseCase;
import io.portico.application.notification.port.in.NotificationPreferencesQuery;
import io.portico.domain.shared.InvalidInputException;
import io.portico.ui.notification.PreferencesForm;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 11, item 1: My profile → Notifications: what the client's address hears of on each account it has LOGIN
 * on, saved per account; the firm's locked categories are shown checked and disabled. The layout signs the
 * visitor in (or sends them to the login page) before this shows.
 */
@Route(value = PortalRoutes.NOTIFICATIONS, layout = PortalLayout.class)
@AnonymousAllowed
public class PortalNotificationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NotificationPreferencesQuery query;
    private final ChangeOwnNotificationPreferencesUseCase change;
    final List<Section> sections = new ArrayList<>();

    public PortalNotificationsView(NotificationPreferencesQuery query, ChangeOwnNotificationPreferencesUseCase change) {
        this.query = query;
        this.change = change;
        setMaxWidth("48em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        sections.clear();
        add(new H1(getTranslation("portal.notifications")));
        PortalSession.current().ifPresent(session -> query.own(session.userId()).forEach(own -> {
            var section = new Section(own);
            sections.add(section);
            add(section);
        }));
        if (sections.isEmpty()) {
            add(new Paragraph(getTranslation("portal.notifications.none")));
        }
    }

    /** One account's choices with its own Save. */
    final class Section extends VerticalLayout {

        final AddressPreferences shown;
        final PreferencesForm form;
        final Button save = new Button(getTranslation("notification.save"));
        final Paragraph saved = new Paragraph(getTranslation("portal.notifications.saved"));

        Section(AddressPreferences shown) {
            this.shown = shown;
            this.form = new PreferencesForm(shown.preferences(), shown.locked(), true);
            setPadding(false);
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(click -> save());
            saved.setVisible(false);
            add(new H2(shown.accountName()), form, save, saved);
        }

        private void save() {
            saved.setVisible(false);
            try {
                PortalSession session = PortalSession.current().orElseThrow();
                change.change(new ChangeOwnNotificationPreferencesCommand(session.userId(), shown.account(), form.value()));
                saved.setVisible(true);
            } catch (InvalidInputException e) {
                saved.setText(getTranslation("portal.notifications.gone"));
                saved.setVisible(true);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.notifications") + " · Portal";
    }
}
