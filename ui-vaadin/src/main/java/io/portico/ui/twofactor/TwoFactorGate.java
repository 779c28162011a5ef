package io.portico.ui.twofactor;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portico.application.twofactor.port.in.TwoFactorStatusQuery;
import io.portico.domain.staff.StaffId;
import io.portico.ui.security.StaffPrincipal;
import io.portico.ui.security.StaffSession;
import org.springframework.stereotype.Component;

/**
 * Issue 10 items 6–7: until a sign-in has every factor it needs (its authentication carries the staff
 * roles), no staff view opens. A member with a second factor is sent to give it; a member the firm
 * requires it of and who has none, to set it up. Public pages (sign-in, portal) stay open.
 */
@Component
class TwoFactorGate implements VaadinServiceInitListener {

    private final StaffSession session;
    private final TwoFactorStatusQuery status;

    TwoFactorGate(StaffSession session, TwoFactorStatusQuery status) {
        this.session = session;
        this.status = status;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target.isAnnotationPresent(AnonymousAllowed.class) || !session.awaitsSecondFactor()) {
            return;
        }
        StaffPrincipal me = session.current().orElseThrow();
        Class<?> step = status.hasSecondFactor(new StaffId(me.id())) ? SecondFactorView.class : TwoFactorView.class;
        if (target != step) {
            event.forwardTo(step.asSubclass(com.vaadin.flow.component.Component.class));
        }
    }
}
