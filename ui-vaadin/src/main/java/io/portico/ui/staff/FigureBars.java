package io.portico.ui.staff;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import io.portico.ui.account.AccountsView;
import java.util.List;

/**
 * Item 11: counts drawn as plain bars, each as long as its share of the whole, each figure a link to
 * Clients → Accounts filtered to what it counts. No chart add-on: a Div and a Lumo colour.
 */
final class FigureBars extends VerticalLayout {

    /** One bar: what it counts, how many, and the account list's filter that shows them. */
    record Figure(String label, long count, String filter, String value) {
    }

    final List<RouterLink> links;

    FigureBars(List<Figure> figures, long whole) {
        setPadding(false);
        setSpacing(false);
        setMaxWidth("40em");
        links = figures.stream().map(FigureBars::link).toList();
        for (int i = 0; i < figures.size(); i++) {
            add(row(links.get(i), figures.get(i).count(), whole));
        }
    }

    private static RouterLink link(Figure figure) {
        var link = new RouterLink(figure.label() + ": " + figure.count(), AccountsView.class);
        link.setQueryParameters(QueryParameters.of(figure.filter(), figure.value()));
        return link;
    }

    private static HorizontalLayout row(RouterLink link, long count, long whole) {
        var fill = new Div();
        fill.getStyle().set("width", percent(count, whole)).set("height", "100%").set("background", "var(--lumo-primary-color)")
                .set("border-radius", "var(--lumo-border-radius-s)");
        var track = new Div(fill);
        track.getStyle().set("flex", "1").set("height", "0.75em").set("background", "var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-s)");
        link.getStyle().set("min-width", "16em");
        var row = new HorizontalLayout(link, track);
        row.setWidthFull();
        row.setAlignItems(Alignment.CENTER);
        return row;
    }

    /** The bar's length: its share of the whole; nothing of nothing. */
    static String percent(long count, long whole) {
        return whole == 0 ? "0%" : (100 * count / whole) + "%";
    }
}
