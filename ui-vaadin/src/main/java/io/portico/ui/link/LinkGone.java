package io.portico.ui.link;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What every mailed link shows once it no longer works: that it does not, why it may be, and how to ask again. */
public final class LinkGone extends VerticalLayout {

    static final String TITLE = "link.gone.title";

    public LinkGone(String explanationKey, Component... waysToAskAgain) {
        setPadding(false);
        add(new H1(getTranslation(TITLE)), new Paragraph(getTranslation(explanationKey)));
        add(waysToAskAgain);
    }
}
