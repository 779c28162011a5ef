package io.portico.ui.notification;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.portico.domain.notification.DeliveryMode;
import io.portico.domain.notification.LockedCategories;
import io.portico.domain.notification.NotificationCategory;
import io.portico.domain.notification.NotificationEvent;
import io.portico.domain.notification.NotificationPreferences;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Issue 11, item 1: one address's choices on one account — all notifications or some of the eight categories
 * (each with its events), each as it happens or one daily digest. A category the firm locked shows checked and
 * disabled, with why. Shared by the staff dialog and the portal's Notifications page.
 */
public class PreferencesForm extends VerticalLayout {

    final RadioButtonGroup<Boolean> scope = new RadioButtonGroup<>(getTranslation("notification.preferences.scope"));
    final Map<NotificationCategory, Checkbox> categories = new EnumMap<>(NotificationCategory.class);
    final RadioButtonGroup<DeliveryMode> delivery = new RadioButtonGroup<>(getTranslation("notification.preferences.delivery"));
    private final LockedCategories locked;

    public PreferencesForm(NotificationPreferences shown, LockedCategories locked, boolean editable) {
        this.locked = locked;
        setPadding(false);
        setSpacing(false);
        scope.setItems(true, false);
        scope.setItemLabelGenerator(all -> getTranslation(all ? "notification.preferences.all" : "notification.preferences.some"));
        scope.setValue(shown.all());
        scope.addValueChangeListener(change -> enableCategories());
        add(scope);
        for (NotificationCategory category : NotificationCategory.values()) {
            add(category(category, shown));
        }
        delivery.setItems(DeliveryMode.values());
        delivery.setItemLabelGenerator(mode -> getTranslation("notification.delivery." + mode.name()));
        delivery.setValue(shown.delivery());
        add(delivery);
        scope.setReadOnly(!editable);
        delivery.setReadOnly(!editable);
        categories.values().forEach(box -> box.setReadOnly(!editable));
        enableCategories();
    }

    private VerticalLayout category(NotificationCategory category, NotificationPreferences shown) {
        boolean isLocked = locked.isLocked(category);
        var box = new Checkbox(getTranslation("notification.category." + category.name()),
                isLocked || shown.all() || shown.chosen().contains(category));
        categories.put(category, box);
        var events = new Span(category.events().stream().map(NotificationEvent::name)
                .map(event -> getTranslation("notification.event." + event)).collect(Collectors.joining(", ")));
        events.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("padding-left", "var(--lumo-space-l)");
        var entry = new VerticalLayout(box, events);
        entry.setPadding(false);
        entry.setSpacing(false);
        if (isLocked) {
            var why = new Span(getTranslation("notification.locked"));
            why.getElement().getThemeList().add("badge contrast small");
            entry.add(why);
        }
        return entry;
    }

    /** With "all", every box shows checked; a locked category is never the client's to turn off. */
    private void enableCategories() {
        boolean all = Boolean.TRUE.equals(scope.getValue());
        categories.forEach((category, box) -> {
            box.setEnabled(!all && !locked.isLocked(category));
            if (all || locked.isLocked(category)) {
                box.setValue(true);
            }
        });
    }

    public NotificationPreferences value() {
        if (Boolean.TRUE.equals(scope.getValue())) {
            return NotificationPreferences.everything(delivery.getValue());
        }
        Set<NotificationCategory> chosen = categories.entrySet().stream()
                .filter(entry -> entry.getValue().getValue() && !locked.isLocked(entry.getKey()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        return NotificationPreferences.only(chosen, delivery.getValue());
    }
}
