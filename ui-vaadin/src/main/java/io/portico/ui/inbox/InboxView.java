package io.portico.ui.inbox;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import io.portico.application.inbox.port.in.InboxQuery;
import io.portico.application.inbox.port.in.MarkNotificationReadUseCase;
import io.portico.application.staff.port.in.MuteSyncedMailUseCase;
import io.portico.domain.inbox.InboxNotification;
import io.portico.domain.staff.StaffId;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Inbox+: the signed-in member's notifications, newest first; "Go to…" opens what each is about. */
@Route("inbox")
@PermitAll
public class InboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int SHOWN = 100;

    private final InboxQuery inbox;
    private final MarkNotificationReadUseCase markRead;
    private final StaffSession session;
    private final MuteSyncedMailUseCase mute;
    private StaffId viewer;
    /** Item 8: the member's own switch for notices of new synced mail. */
    final Checkbox muteSyncedMail = new Checkbox(getTranslation("inbox.mute-synced-mail"));

    public InboxView(InboxQuery inbox, MarkNotificationReadUseCase markRead, StaffSession session, MuteSyncedMailUseCase mute) {
        this.inbox = inbox;
        this.markRead = markRead;
        this.session = session;
        this.mute = mute;
        muteSyncedMail.setHelperText(getTranslation("inbox.mute-synced-mail.help"));
        muteSyncedMail.addValueChangeListener(change -> mute.mute(viewer, change.getValue()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        viewer = new StaffId(session.current().orElseThrow().id());
        refresh();
    }

    private void refresh() {
        removeAll();
        muteSyncedMail.setValue(mute.muted(viewer));
        add(new H1(getTranslation("nav.inbox")), muteSyncedMail);
        var notifications = inbox.latest(viewer, SHOWN);
        if (notifications.isEmpty()) {
            add(new Span(getTranslation("inbox.empty")));
        }
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        notifications.forEach(notification -> add(item(notification, when)));
    }

    private HorizontalLayout item(InboxNotification notification, DateTimeFormatter when) {
        var text = new Span(getTranslation(notification.messageKey(), notification.arguments().toArray()));
        text.getStyle().set("font-weight", notification.isRead() ? "normal" : "600");
        var time = new Span(when.format(notification.createdAt()));
        time.getStyle().set("color", "var(--lumo-secondary-text-color)");
        var goTo = new Button(getTranslation("inbox.go-to"), click -> {
            markRead.markRead(viewer, notification.id());
            // a link may carry query parameters (issue 11: a client's reply opens the account's Messages tab)
            var location = new Location(notification.link());
            getUI().ifPresent(ui -> ui.navigate(location.getPath(), location.getQueryParameters()));
        });
        goTo.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var row = new HorizontalLayout(time, text, goTo);
        if (!notification.isRead()) {
            var read = new Button(getTranslation("inbox.mark-read"), click -> {
                markRead.markRead(viewer, notification.id());
                refresh();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            row.add(read);
        }
        row.setAlignItems(Alignment.CENTER);
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inbox") + " · Portico";
    }
}
