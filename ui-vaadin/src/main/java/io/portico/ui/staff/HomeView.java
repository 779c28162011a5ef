package io.portico.ui.staff;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.mail.port.in.UndeliverableMailQuery;
import io.portico.application.mail.port.UndeliverableMail;
import io.portico.ui.security.StaffPrincipal;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The firm and who is signed in; admins also see mail that could not be delivered. */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FirmQuery firm;
    private final StaffSession session;
    private final UndeliverableMailQuery undeliverable;

    public HomeView(FirmQuery firm, StaffSession session, UndeliverableMailQuery undeliverable) {
        this.firm = firm;
        this.session = session;
        this.undeliverable = undeliverable;
    }

    /** Built on every visit, so coming back shows what changed meanwhile. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        StaffPrincipal me = session.current().orElseThrow();
        add(new H1(firm.firm().map(f -> f.name().value()).orElse("Portico")),
                new Paragraph(getTranslation("home.signed-in-as", me.displayName(), me.email(), getTranslation("role." + me.role().name()))));
        if (me.role().administers()) {
            var dead = undeliverable.undeliverable();
            if (!dead.isEmpty()) {
                add(new H2(getTranslation("home.undeliverable")), undeliverableGrid(dead));
            }
        }
    }

    private Grid<UndeliverableMail> undeliverableGrid(List<UndeliverableMail> dead) {
        var grid = new Grid<UndeliverableMail>();
        grid.addColumn(UndeliverableMail::queuedAt).setHeader(getTranslation("mail.queued-at"));
        grid.addColumn(UndeliverableMail::to).setHeader(getTranslation("mail.to"));
        grid.addColumn(UndeliverableMail::subject).setHeader(getTranslation("mail.subject"));
        grid.addColumn(UndeliverableMail::failedAttempts).setHeader(getTranslation("mail.attempts"));
        grid.addColumn(UndeliverableMail::lastError).setHeader(getTranslation("mail.error"));
        grid.setItems(dead);
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · Portico";
    }
}
