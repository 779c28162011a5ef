package io.portico.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.portico.application.account.port.in.ChangeAccessCommand;
import io.portico.application.account.port.in.ChangeAccessUseCase;
import io.portico.application.account.port.in.InvitationRequest;
import io.portico.application.notification.port.in.ChangeNotificationPreferencesUseCase;
import io.portico.application.notification.port.in.NotificationPreferencesQuery;
import io.portico.application.portal.port.in.LoginStatus;
import io.portico.application.portal.port.in.SendInvitationCommand;
import io.portico.application.portal.port.in.SendInvitationUseCase;
import io.portico.domain.access.AccessToggle;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.contact.Contact;
import io.portico.domain.portal.LoginState;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * F5, B1, B4: one address of a linked contact with its LOGIN, NOTIFY and EMAIL SYNC toggles; next to
 * LOGIN its portal state and, while it has not activated, <i>Send invite</i>.
 */
class AccessRow extends HorizontalLayout {

    private final ShownProfile shown;
    private final Contact contact;
    private final EmailAccess access;
    private final ChangeAccessUseCase changeAccess;

    AccessRow(ShownProfile shown, Contact contact, EmailAccess access, Optional<LoginStatus> status, ChangeAccessUseCase changeAccess,
              SendInvitationUseCase sendInvitation, NotificationPreferencesQuery preferences,
              ChangeNotificationPreferencesUseCase changePreferences) {
        this.shown = shown;
        this.contact = contact;
        this.access = access;
        this.changeAccess = changeAccess;
        setAlignItems(Alignment.CENTER);
        add(new Span(access.email().value()));
        for (AccessToggle toggle : AccessToggle.values()) {
            add(toggle(toggle));
            if (toggle == AccessToggle.LOGIN) {
                loginState(status).ifPresent(this::add);
                sendInviteButton(status, sendInvitation).ifPresent(this::add);
            }
        }
        add(moreMenu(preferences, changePreferences));
    }

    /** Issue 11, item 1: ⋯ → Notification preferences, for this address on this account. */
    private MenuBar moreMenu(NotificationPreferencesQuery preferences, ChangeNotificationPreferencesUseCase changePreferences) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_SMALL);
        var more = menu.addItem("⋯");
        more.setAriaLabel(getTranslation("access.more", access.email().value()));
        more.getSubMenu().addItem(getTranslation("notification.preferences"), click ->
                preferences.preferences(shown.viewer(), shown.id(), access.email()).ifPresent(found ->
                        new PreferencesDialog(found, shown.editable(), shown.viewer(), changePreferences, shown::change).open()));
        return menu;
    }

    private Checkbox toggle(AccessToggle toggle) {
        var box = new Checkbox(getTranslation("toggle." + toggle.name()), access.isOn(toggle));
        box.setReadOnly(!shown.editable());
        box.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            if (toggle == AccessToggle.LOGIN && change.getValue()) {
                askToInvite(box); // B1: Send or Skip decides; cancelling leaves LOGIN off
            } else {
                shown.change(() -> changeAccess.change(new ChangeAccessCommand(shown.viewer(), shown.id(), shown.account().version(),
                        contact.id(), access.email(), toggle, change.getValue())));
            }
        });
        return box;
    }

    /** B1: LOGIN on, with the invitation sent or skipped in the same change. */
    private void askToInvite(Checkbox box) {
        new InviteDialog(getTranslation("invite.title", access.email().value()),
                invite -> loginOn(Optional.of(invite)),
                () -> loginOn(Optional.empty()),
                () -> box.setValue(false)).open();
    }

    private void loginOn(Optional<InvitationRequest> invite) {
        shown.change(() -> changeAccess.change(new ChangeAccessCommand(shown.viewer(), shown.id(), shown.account().version(), contact.id(),
                access.email(), AccessToggle.LOGIN, true, invite)));
    }

    /** B4: Not invited, Invited (when), Link expired or Active, next to the LOGIN toggle while it is on. */
    private Optional<Span> loginState(Optional<LoginStatus> status) {
        return status.filter(s -> s.state() != LoginState.REVOKED).map(s -> {
            var when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault());
            var state = new Span(getTranslation("login-state." + s.state().name(), s.lastInvitedAt().map(when::format).orElse("")));
            state.getElement().getThemeList().add(s.state() == LoginState.ACTIVE ? "badge success" : "badge contrast");
            return state;
        });
    }

    /** B4: while the address has not activated, staff may send it a link (again). */
    private Optional<Button> sendInviteButton(Optional<LoginStatus> status, SendInvitationUseCase sendInvitation) {
        return status.filter(s -> shown.editable() && s.state().pendingActivation()).map(s -> {
            var send = new Button(getTranslation("invite.send-invite"), click -> new InviteDialog(
                    getTranslation("invite.title", access.email().value()),
                    invite -> shown.change(() -> {
                        sendInvitation.send(new SendInvitationCommand(shown.viewer(), shown.id(), access.email(), invite.personalMessage()));
                        Notification.show(getTranslation("invite.sent", access.email().value()), 4000, Notification.Position.BOTTOM_START)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    }), null, () -> { }).open());
            send.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return send;
        });
    }
}
