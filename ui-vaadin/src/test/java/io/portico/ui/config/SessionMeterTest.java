package io.portico.ui.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.portico.domain.staff.StaffRole;
import io.portico.ui.portal.PortalSession;
import io.portico.ui.security.StaffPrincipal;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Issue 14 item 6: this node's signed-in staff and portal sessions, from sign-in to sign-out or the session's end. */
class SessionMeterTest {

    private static final String STAFF = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;
    private static final String PORTAL = PortalSession.class.getName();

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SessionMeter meter = new SessionMeter();

    SessionMeterTest() {
        meter.bindTo(registry);
    }

    private double active(String realm) {
        return registry.get("portico.sessions.active").tag("realm", realm).gauge().value();
    }

    private void set(HttpSession session, String name, Object value) {
        boolean replaced = session.getAttribute(name) != null;
        session.setAttribute(name, value);
        if (replaced) {
            meter.attributeReplaced(new HttpSessionBindingEvent(session, name, value));
        } else {
            meter.attributeAdded(new HttpSessionBindingEvent(session, name, value));
        }
    }

    private static SecurityContextImpl staffSignedIn() {
        var principal = new StaffPrincipal(UUID.randomUUID(), "anna@studio.example", "Anna Bianchi", StaffRole.OWNER, 0);
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
    }

    @Test
    void issue14_6_staff_sessions_count_while_a_staff_member_is_signed_in() {
        var anna = new MockHttpSession();
        var marco = new MockHttpSession();
        set(anna, STAFF, staffSignedIn());
        set(marco, STAFF, staffSignedIn());
        set(marco, STAFF, staffSignedIn());
        assertThat(active("staff")).isEqualTo(2);

        anna.removeAttribute(STAFF);
        meter.attributeRemoved(new HttpSessionBindingEvent(anna, STAFF));
        meter.sessionDestroyed(new HttpSessionEvent(marco));

        assertThat(active("staff")).isZero();
        assertThat(active("portal")).isZero();
    }

    @Test
    void issue14_6_an_anonymous_security_context_is_no_staff_session() {
        var session = new MockHttpSession();
        set(session, STAFF, new SecurityContextImpl(new AnonymousAuthenticationToken("key", "anonymous",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS")))));
        set(new MockHttpSession(), STAFF, new SecurityContextImpl());

        assertThat(active("staff")).isZero();
    }

    @Test
    void issue14_6_portal_sessions_count_from_sign_in_to_sign_out() {
        var client = new MockHttpSession();
        set(client, "some.other.attribute", "x");
        set(client, PORTAL, new PortalSession(UUID.randomUUID(), UUID.randomUUID(), false, 0));
        assertThat(active("portal")).isEqualTo(1);
        assertThat(active("staff")).isZero();

        client.removeAttribute(PORTAL);
        meter.attributeRemoved(new HttpSessionBindingEvent(client, PORTAL));
        meter.attributeRemoved(new HttpSessionBindingEvent(client, "some.other.attribute"));

        assertThat(active("portal")).isZero();
    }

    @Test
    void issue14_6_a_session_whose_id_changes_on_a_sign_in_step_counts_once_and_ends_under_its_new_id() {
        var staffSession = new MockHttpSession(null, "before");
        var clientSession = new MockHttpSession(null, "client-before");
        set(staffSession, STAFF, staffSignedIn());
        set(clientSession, PORTAL, new PortalSession(UUID.randomUUID(), UUID.randomUUID(), false, 0));

        staffSession.changeSessionId();
        meter.sessionIdChanged(new HttpSessionEvent(staffSession), "before");
        clientSession.changeSessionId();
        meter.sessionIdChanged(new HttpSessionEvent(clientSession), "client-before");
        set(staffSession, STAFF, staffSignedIn());
        assertThat(active("staff")).isEqualTo(1);
        assertThat(active("portal")).isEqualTo(1);

        meter.sessionDestroyed(new HttpSessionEvent(staffSession));
        meter.sessionDestroyed(new HttpSessionEvent(clientSession));
        assertThat(active("staff")).isZero();
        assertThat(active("portal")).isZero();
    }
}
