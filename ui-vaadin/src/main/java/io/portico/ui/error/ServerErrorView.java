package io.portico.ui.error;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portico.ui.staff.HomeView;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An unexpected failure: logged in full with an id, shown to the user as that id only. */
@AnonymousAllowed
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = newErrorId();
        LOG.error("Error {} while opening {}", id, event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        add(new H1(getTranslation("error.server.title")), new Paragraph(getTranslation("error.server.message", id)),
                new RouterLink(getTranslation("error.go-home"), HomeView.class));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    static String newErrorId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
