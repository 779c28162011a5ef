package io.portico.ui.team;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.portico.application.twofactor.port.in.ResetSecondFactorsCommand;
import io.portico.application.staff.port.in.TeamMember;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.StaffStatus;
import io.portico.ui.i18n.InputErrors;
import io.portico.ui.security.StaffPrincipal;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * G2: Settings → Team — every member with role, rights, status, two-factor and last sign-in (or when
 * their invitation was sent); inviting, resending and revoking, changing roles, handing ownership on,
 * deactivating and reactivating; and how long invitations work.
 */
@Route(TeamView.ROUTE)
@RolesAllowed({"OWNER", "ADMIN"})
public class TeamView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "settings/team";
    static final String ACTIONS = "actions";

    final Grid<TeamMember> grid = new Grid<>();
    final Button invite = new Button(getTranslation("team.invite"), VaadinIcon.PLUS.create());
    final IntegerField validity = new IntegerField(getTranslation("team.field.validity"));
    final Button saveValidity = new Button(getTranslation("settings.save"));
    final Paragraph error = new Paragraph();
    private final TeamActions actions;
    private final StaffSession session;
    private final StaffPrincipal me;

    public TeamView(TeamActions actions, StaffSession session) {
        this.actions = actions;
        this.session = session;
        this.me = session.current().orElseThrow();
        setSizeFull();
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(click -> new InviteStaffDialog(actions.invite(), actor(), this::refresh).open());
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        columns();
        validity.setMin(1);
        validity.setMax(InvitationValidity.MAX_DAYS);
        validity.setStepButtonsVisible(true);
        validity.setValue(actions.query().invitationValidity(actor()).days());
        saveValidity.addClickListener(click -> saveValidity());
        var settings = new HorizontalLayout(validity, saveValidity);
        settings.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("nav.team")), invite, error, grid, settings);
        refresh();
    }

    private StaffId actor() {
        return new StaffId(me.id());
    }

    private void columns() {
        grid.addColumn(TeamMember::name).setHeader(getTranslation("team.column.name")).setAutoWidth(true);
        grid.addColumn(TeamMember::email).setHeader(getTranslation("field.email")).setAutoWidth(true);
        grid.addColumn(member -> getTranslation(Rights.roleKey(member.role()))).setHeader(getTranslation("team.field.role"));
        grid.addColumn(member -> member.rights().stream().map(right -> getTranslation(Rights.rightKey(right))).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("team.field.rights"));
        grid.addColumn(member -> getTranslation("team.status." + member.status().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("team.column.status"));
        grid.addColumn(member -> getTranslation(member.twoFactor() ? "team.two-factor.on" : "team.two-factor.off"))
                .setHeader(getTranslation("team.column.two-factor"));
        grid.addColumn(this::when).setHeader(getTranslation("team.column.last-sign-in")).setAutoWidth(true);
        grid.addComponentColumn(this::rowActions).setKey(ACTIONS).setAutoWidth(true);
    }

    /** The last sign-in; for an open invitation, when it was sent. */
    String when(TeamMember member) {
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        if (member.status() == StaffStatus.INVITED) {
            return member.invitedAt().map(at -> getTranslation("team.invited-at", format.format(at))).orElse("");
        }
        return member.lastSignIn().map(format::format).orElse(getTranslation("team.never"));
    }

    private HorizontalLayout rowActions(TeamMember member) {
        var buttons = new HorizontalLayout();
        if (member.role() == StaffRole.OWNER || member.id().equals(actor())) {
            return buttons; // nobody changes the owner or themselves here
        }
        buttons.add(button("team.change", () -> new ChangeRoleDialog(actions.changeRole(), actor(), member, this::refresh).open()));
        switch (member.status()) {
            case INVITED -> buttons.add(button("team.resend", () -> act(() -> actions.resend().resend(actor(), member.id()))),
                    button("team.revoke", () -> act(() -> actions.revoke().revoke(actor(), member.id()))));
            case ACTIVE -> buttons.add(button("team.deactivate", () -> new DeactivateDialog(actions.deactivate(), actor(), member,
                    currentTeam(), actions.query().soleTeamAccounts(actor(), member.id()), this::refresh).open()));
            case DEACTIVATED -> buttons.add(button("team.reactivate", () -> act(() -> actions.reactivate().reactivate(actor(), member.id()))));
        }
        if (member.twoFactor()) { // a lost phone: the member signs in with the password and sets a factor up again
            buttons.add(button("team.reset-two-factor",
                    () -> act(() -> actions.resetTwoFactor().reset(new ResetSecondFactorsCommand(actor(), member.id())))));
        }
        if (me.role() == StaffRole.OWNER && member.role() == StaffRole.ADMIN && member.status() == StaffStatus.ACTIVE) {
            buttons.add(button("team.hand-ownership", () -> handOwnership(member)));
        }
        return buttons;
    }

    private Button button(String key, Runnable action) {
        var button = new Button(getTranslation(key), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("data-action", key);
        return button;
    }

    /** The former owner goes on as an admin in this session; the page is for admins too, so it stays. */
    private void handOwnership(TeamMember member) {
        act(() -> {
            session.replace(StaffPrincipal.of(actions.handOwnership().hand(actor(), member.id())));
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
            error.setVisible(false);
        } catch (NotAllowedException e) {
            showError(getTranslation("error.not-allowed"));
        } catch (InvalidInputException e) {
            showError(InputErrors.message(e));
        }
        refresh();
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private List<TeamMember> currentTeam() {
        return actions.query().team(actor());
    }

    void refresh() {
        grid.setItems(currentTeam());
    }

    private void saveValidity() {
        try {
            actions.setValidity().set(actor(), new InvitationValidity(validity.getValue() == null ? 0 : validity.getValue()));
            validity.setInvalid(false);
        } catch (InvalidInputException e) {
            InputErrors.show(e, Map.<String, HasValidation>of("invitationValidity", validity));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.team") + " · Portico";
    }
}
