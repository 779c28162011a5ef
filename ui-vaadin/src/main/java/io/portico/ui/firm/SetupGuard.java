package io.portico.ui.firm;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.portico.application.firm.port.in.FirmQuery;
import io.portico.ui.error.NotFoundView;
import org.springframework.stereotype.Component;

/** Until the firm exists every page leads to setup; afterwards setup does not exist. */
@Component
class SetupGuard implements VaadinServiceInitListener {

    private final FirmQuery firm;

    SetupGuard(FirmQuery firm) {
        this.firm = firm;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::guard));
    }

    private void guard(BeforeEnterEvent event) {
        boolean toSetup = event.getNavigationTarget() == SetupView.class;
        boolean toErrorPage = event.getNavigationTarget() == NotFoundView.class;
        if (firm.isSetUp() && toSetup) {
            event.rerouteToError(NotFoundException.class);
        } else if (!firm.isSetUp() && !toSetup && !toErrorPage) {
            event.forwardTo(SetupView.class);
        }
    }
}
