package io.portico.ui.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.portico.application.account.port.AccountFigures;
import io.portico.application.account.port.PortalStatus;
import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.health.port.SystemHealth;
import io.portico.application.mail.port.MailHealth;
import io.portico.application.mail.port.UndeliverableMail;
import io.portico.application.mail.port.in.UndeliverableMailQuery;
import io.portico.application.portal.port.in.PendingActivation;
import io.portico.domain.account.AccountType;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.ui.account.AccountView;
import io.portico.ui.account.PendingActivationView;
import io.portico.ui.job.RecentJobs;
import io.portico.ui.security.StaffPrincipal;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Item 11: the Home dashboard — the firm and who is signed in; accounts by type and portal adoption as bars, each
 * a link to the filtered account list; the longest-waiting pending activations; the newest jobs; and for admins
 * mail delivery health, the installation's health (issue 14 item 7) and the mail that could not be delivered. Every figure
 * covers what the member may see.
 */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Rows of the pending activations and jobs shown: the longest waiting, the newest. */
    static final int SHOWN = 5;

    private final FirmQuery firm;
    private final StaffSession session;
    private final UndeliverableMailQuery undeliverable;
    private final HomeQueries queries;
    FigureBars types;
    FigureBars portal;
    Button failedMail;
    VerticalLayout healthPanel;

    public HomeView(FirmQuery firm, StaffSession session, UndeliverableMailQuery undeliverable, HomeQueries queries) {
        this.firm = firm;
        this.session = session;
        this.undeliverable = undeliverable;
        this.queries = queries;
    }

    /** Built on every visit, so coming back shows what changed meanwhile. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        StaffPrincipal me = session.current().orElseThrow();
        StaffId viewer = new StaffId(me.id());
        add(new H1(firm.firm().map(f -> f.name().value()).orElse("Portico")),
                new Paragraph(getTranslation("home.signed-in-as", me.displayName(), me.email(), getTranslation("role." + me.role().name()))));
        boolean administers = me.role().administers();
        Optional<Grid<UndeliverableMail>> dead = administers ? undeliverableGrid(undeliverable.undeliverable()) : Optional.empty();
        try {
            dashboard(viewer, administers, dead);
        } catch (NotAllowedException e) {
            // no longer an active member (the session ends on its next request): there is nothing to count for them
        }
        dead.ifPresent(grid -> add(new H2(getTranslation("home.undeliverable")), grid));
    }

    /** Everything is read before anything is shown, so a refusal leaves no half-drawn dashboard. */
    private void dashboard(StaffId viewer, boolean administers, Optional<Grid<UndeliverableMail>> dead) {
        AccountFigures figures = queries.accounts().figures(viewer);
        List<PendingActivation> longest = queries.pending().page(viewer, Optional.empty(), SHOWN);
        var jobs = new RecentJobs(queries.jobs(), viewer, SHOWN);
        Optional<SystemHealth> health = administers ? Optional.of(queries.health().health(viewer)) : Optional.empty();
        accounts(figures);
        pending(longest);
        add(new H2(getTranslation("home.jobs")), jobs);
        health.ifPresent(system -> {
            mail(system, dead);
            health(system);
        });
    }

    private void accounts(AccountFigures figures) {
        types = new FigureBars(Arrays.stream(AccountType.values()).map(type -> new FigureBars.Figure(
                getTranslation("account.type." + type.name()), figures.byType().get(type), "type", type.name())).toList(), figures.total());
        portal = new FigureBars(Arrays.stream(PortalStatus.values()).map(status -> new FigureBars.Figure(
                getTranslation("accounts.portal." + status.name()), figures.byPortalStatus().get(status), "portal", status.name())).toList(),
                figures.total());
        add(new H2(getTranslation("home.accounts", figures.total())), types, new H2(getTranslation("home.portal")), portal);
    }

    private void pending(List<PendingActivation> longest) {
        add(new H2(getTranslation("home.pending")));
        var since = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        if (longest.isEmpty()) {
            add(new Span(getTranslation("home.pending.none")));
        }
        longest.forEach(address -> add(new HorizontalLayout(
                new RouterLink(address.accountName(), AccountView.class, address.account().value().toString()),
                new Span(address.contactName() + " <" + address.email().value() + ">"),
                new Span(getTranslation("home.pending.since", since.format(address.loginOnAt()))))));
        add(new RouterLink(getTranslation("home.pending.all"), PendingActivationView.class));
    }

    /** Admins: how delivery goes; the failed count leads to the list of mail that could not be delivered, below. */
    private void mail(SystemHealth system, Optional<Grid<UndeliverableMail>> dead) {
        MailHealth health = system.mail();
        failedMail = new Button(getTranslation("home.mail.failed", health.failed()), click -> dead.ifPresent(Grid::scrollIntoView));
        failedMail.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        failedMail.setEnabled(dead.isPresent());
        add(new H2(getTranslation("home.mail")), new Span(getTranslation("home.mail.queued", health.queued())),
                new Span(getTranslation("home.mail.oldest", system.oldestMailWait().toMinutes())), failedMail);
    }

    /** Issue 14 item 7, admins: the jobs, the mail sync and the backups, as the metrics report them. */
    private void health(SystemHealth system) {
        var at = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        String backup = system.lastBackup().map(last -> getTranslation(last.succeeded() ? "home.health.backup.ok" : "home.health.backup.failed",
                at.format(last.at()))).orElseGet(() -> getTranslation("home.health.backup.none"));
        healthPanel = new VerticalLayout(
                new Span(getTranslation("home.health.jobs", system.jobs().queued(), system.jobs().running(), system.jobs().failed())),
                new Span(getTranslation("home.health.mailboxes", system.failingMailboxes())), new Span(backup));
        healthPanel.setPadding(false);
        healthPanel.setSpacing(false);
        add(new H2(getTranslation("home.health")), healthPanel);
    }

    /** The mail that could not be delivered (the newest 100), if there is any. */
    private Optional<Grid<UndeliverableMail>> undeliverableGrid(List<UndeliverableMail> dead) {
        if (dead.isEmpty()) {
            return Optional.empty();
        }
        var grid = new Grid<UndeliverableMail>();
        grid.addColumn(UndeliverableMail::queuedAt).setHeader(getTranslation("mail.queued-at"));
        grid.addColumn(UndeliverableMail::to).setHeader(getTranslation("mail.to"));
        grid.addColumn(UndeliverableMail::subject).setHeader(getTranslation("mail.subject"));
        grid.addColumn(UndeliverableMail::failedAttempts).setHeader(getTranslation("mail.attempts"));
        grid.addColumn(UndeliverableMail::lastError).setHeader(getTranslation("mail.error"));
        grid.setItems(dead);
        grid.setAllRowsVisible(true);
        return Optional.of(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · Portico";
    }
}
