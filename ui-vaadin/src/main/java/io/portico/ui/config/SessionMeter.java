package io.portico.ui.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.portico.ui.portal.PortalSession;
import io.portico.ui.security.StaffPrincipal;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Issue 14 item 6: this node's signed-in sessions, staff (a security context with a staff member) and portal (a
 * client's portal session); a session counts from sign-in until it ends or signs out. Each node counts its own.
 * A session keeps its count when its id changes (Spring Security's session-fixation defence on a sign-in step).
 */
final class SessionMeter implements HttpSessionListener, HttpSessionIdListener, HttpSessionAttributeListener, MeterBinder {

    private static final String STAFF = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;
    private static final String PORTAL = PortalSession.class.getName();

    private final Set<String> staff = ConcurrentHashMap.newKeySet();
    private final Set<String> portal = ConcurrentHashMap.newKeySet();

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("portico.sessions.active", staff, Set::size).description("Signed-in sessions on this node").tag("realm", "staff")
                .register(registry);
        Gauge.builder("portico.sessions.active", portal, Set::size).description("Signed-in sessions on this node").tag("realm", "portal")
                .register(registry);
    }

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        changed(event);
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        changed(event);
    }

    /** Also called while an ending session drops its attributes, when it can no longer be read. */
    @Override
    public void attributeRemoved(HttpSessionBindingEvent event) {
        if (STAFF.equals(event.getName())) {
            staff.remove(event.getSession().getId());
        } else if (PORTAL.equals(event.getName())) {
            portal.remove(event.getSession().getId());
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        staff.remove(event.getSession().getId());
        portal.remove(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldId) {
        String id = event.getSession().getId();
        if (staff.remove(oldId)) {
            staff.add(id);
        }
        if (portal.remove(oldId)) {
            portal.add(id);
        }
    }

    /** Reads the attribute as it is now (a replaced one's event carries the old value). */
    private void changed(HttpSessionBindingEvent event) {
        String id = event.getSession().getId();
        if (STAFF.equals(event.getName())) {
            mark(staff, id, event.getSession().getAttribute(STAFF) instanceof SecurityContext context
                    && context.getAuthentication() != null && context.getAuthentication().getPrincipal() instanceof StaffPrincipal);
        } else if (PORTAL.equals(event.getName())) {
            mark(portal, id, event.getSession().getAttribute(PORTAL) != null);
        }
    }

    private static void mark(Set<String> sessions, String id, boolean signedIn) {
        if (signedIn) {
            sessions.add(id);
        } else {
            sessions.remove(id);
        }
    }
}
