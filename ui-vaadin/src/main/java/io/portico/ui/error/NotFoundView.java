package io.portico.ui.error;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portico.ui.portal.PortalRoutes;
import io.portico.ui.staff.HomeView;
import jakarta.servlet.http.HttpServletResponse;

/** What anyone sees for a page that does not exist or that is not theirs to see: the same answer. */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        // a client is sent back to the portal, staff to their home: each has its own sign-in
        boolean portal = event.getLocation().getFirstSegment().equals(PortalRoutes.HOME);
        add(new H1(getTranslation("error.not-found.title")), new Paragraph(getTranslation("error.not-found.message")),
                portal ? new Anchor(PortalRoutes.HOME, getTranslation("error.go-home"))
                        : new RouterLink(getTranslation("error.go-home"), HomeView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
