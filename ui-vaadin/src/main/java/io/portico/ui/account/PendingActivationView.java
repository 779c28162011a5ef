package io.portico.ui.account;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.portico.application.portal.port.in.InvitationTarget;
import io.portico.application.portal.port.in.PendingActivation;
import io.portico.application.portal.port.in.PendingActivationQuery;
import io.portico.application.portal.port.in.ResendInvitationsCommand;
import io.portico.application.portal.port.in.ResendInvitationsUseCase;
import io.portico.application.portal.port.in.ResendReport;
import io.portico.domain.staff.StaffId;
import io.portico.ui.grid.KeysetPager;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * B3: Clients → Pending activation — every address with LOGIN on that has not activated, on the accounts
 * the viewer may see, longest pending first, scrolled page by page; Resend invitation for a row or a selection.
 */
@Route("clients/pending-activation")
@PermitAll
public class PendingActivationView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 50;

    private final PendingActivationQuery pending;
    private final ResendInvitationsUseCase resend;
    private final Clock clock;
    private final StaffId viewer;
    final Grid<PendingActivation> grid = new Grid<>();
    final Button resendSelected = new Button();
    final Paragraph report = new Paragraph();

    public PendingActivationView(PendingActivationQuery pending, ResendInvitationsUseCase resend, Clock clock, StaffSession session) {
        this.pending = pending;
        this.resend = resend;
        this.clock = clock;
        this.viewer = new StaffId(session.current().orElseThrow().id());
        setSizeFull();
        configureGrid();
        resendSelected.setText(getTranslation("pending.resend-selected"));
        resendSelected.setEnabled(false);
        resendSelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resendSelected.addClickListener(click -> askToResend(grid.getSelectedItems()));
        grid.addSelectionListener(selection -> resendSelected.setEnabled(!selection.getAllSelectedItems().isEmpty()));
        var actions = new HorizontalLayout(resendSelected);
        report.setWhiteSpace(HasText.WhiteSpace.PRE_LINE);
        add(new H1(getTranslation("pending.title")), new Paragraph(getTranslation("pending.intro")), actions, report, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        grid.addComponentColumn(row -> new RouterLink(row.accountName(), AccountView.class, row.account().value().toString()))
                .setHeader(getTranslation("field.account")).setFlexGrow(2);
        grid.addColumn(PendingActivation::contactName).setHeader(getTranslation("field.contact")).setFlexGrow(2);
        grid.addColumn(row -> row.email().value()).setHeader(getTranslation("pending.address")).setFlexGrow(2);
        grid.addColumn(row -> getTranslation("pending.state." + row.state().name())).setHeader(getTranslation("pending.state"));
        grid.addColumn(row -> row.lastInvitedAt().map(when::format).orElse("")).setHeader(getTranslation("pending.last-invited"));
        grid.addColumn(row -> pendingFor(Duration.between(row.loginOnAt(), clock.instant()))).setHeader(getTranslation("pending.for"));
        grid.addComponentColumn(row -> {
            var one = new Button(getTranslation("pending.resend"), click -> askToResend(List.of(row)));
            one.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return one;
        }).setAutoWidth(true);
        grid.getColumns().forEach(column -> column.setResizable(true));
    }

    /** Whole days once it is a day; hours, then minutes, below that. */
    private String pendingFor(Duration pending) {
        if (pending.toDays() > 0) {
            return getTranslation("pending.days", pending.toDays());
        }
        if (pending.toHours() > 0) {
            return getTranslation("pending.hours", pending.toHours());
        }
        return getTranslation("pending.minutes", Math.max(0, pending.toMinutes()));
    }

    private void askToResend(Collection<PendingActivation> rows) {
        List<InvitationTarget> targets = rows.stream().map(row -> new InvitationTarget(row.account(), row.email())).toList();
        String title = targets.size() == 1 ? getTranslation("invite.title", targets.getFirst().email().value())
                : getTranslation("pending.resend-title", targets.size());
        new InviteDialog(title, invite -> show(resend.resend(new ResendInvitationsCommand(viewer, targets, invite.personalMessage()))), null, () -> { }).open();
    }

    /** How many links went out, and each address that got none with the reason. */
    private void show(ResendReport result) {
        String failures = result.failures().stream()
                .map(failure -> failure.email().value() + ": " + getTranslation("error." + failure.messageKey(), failure.arguments().toArray()))
                .collect(Collectors.joining("\n"));
        report.setText(getTranslation("pending.sent", result.sent()) + (failures.isEmpty() ? "" : "\n" + failures));
        Notification.show(getTranslation("pending.sent", result.sent()), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(result.failures().isEmpty() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
        refresh();
    }

    private void refresh() {
        grid.deselectAll();
        var pager = new KeysetPager<PendingActivation>((after, limit) -> pending.page(viewer, after.map(PendingActivation::cursor), limit), PAGE);
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pending.title") + " · Portico";
    }
}
