package io.portico.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.shared.MutableClock;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class SessionLifetimeFilterTest {

    private final MockHttpSession session = new MockHttpSession();
    private final MutableClock clock = new MutableClock(Instant.ofEpochMilli(session.getCreationTime()));
    private final SessionLifetimeFilter filter = new SessionLifetimeFilter(Duration.ofHours(12), clock);

    /** The session the rest of the chain (Spring Security, Vaadin) sees. */
    private HttpSession requestAfter(Duration age) throws Exception {
        clock.advance(age);
        var request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        var seen = new AtomicReference<HttpSession>();
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                seen.set(((MockHttpServletRequest) req).getSession(false));
            }
        });
        return seen.get();
    }

    @Test
    void issue10_10_a_busy_session_lives_until_its_absolute_lifetime() throws Exception {
        assertThat(requestAfter(Duration.ofHours(12).minusMillis(1))).isSameAs(session);
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void issue10_10_at_its_absolute_lifetime_the_session_ends_and_the_request_goes_on_without_it() throws Exception {
        assertThat(requestAfter(Duration.ofHours(12))).isNull();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_request_without_a_session_passes_untouched() throws Exception {
        var request = new MockHttpServletRequest("GET", "/");
        var chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(request.getSession(false)).isNull();
    }
}
