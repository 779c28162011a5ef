package io.portico.ui.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.portico.application.session.port.in.SessionValidityQuery;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.staff.StaffId;
import io.portico.ui.portal.PortalSession;
import io.portico.ui.security.StaffPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * "Sessions end everywhere" (issue 10): before Spring Security reads the session, compares the
 * credential epoch the staff member or client signed in with against the database's, and ends a stale
 * session. The next page request then lands on the sign-in page; a click in an open page finds its
 * session gone, and Vaadin reloads the page into the same. The epochs are cached briefly, so a
 * change reaches every node within {@code cacheFor}.
 */
public class SessionEpochFilter extends OncePerRequestFilter {

    private final SessionValidityQuery validity;
    private final Cache<CredentialHolder, Long> epochs;

    public SessionEpochFilter(SessionValidityQuery validity, Duration cacheFor) {
        this.validity = validity;
        this.epochs = Caffeine.newBuilder().expireAfterWrite(cacheFor).maximumSize(100_000).build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && stale(session)) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the staff member or the client signed in on this session signed in before their epoch last
     * rose. A session ahead of the cache took a newer epoch itself (its own password change) and goes on.
     */
    boolean stale(HttpSession session) {
        boolean staffStale = staff(session)
                .filter(principal -> principal.epoch() < current(new CredentialHolder.Staff(new StaffId(principal.id()))))
                .isPresent();
        boolean clientStale = PortalSession.in(session)
                .filter(client -> client.epoch() < current(new CredentialHolder.Portal(new PortalUserId(client.user()))))
                .isPresent();
        return staffStale || clientStale;
    }

    private static Optional<StaffPrincipal> staff(HttpSession session) {
        return Optional.ofNullable(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .filter(SecurityContext.class::isInstance)
                .map(context -> ((SecurityContext) context).getAuthentication())
                .map(authentication -> authentication.getPrincipal() instanceof StaffPrincipal principal ? principal : null);
    }

    private long current(CredentialHolder holder) {
        return epochs.get(holder, validity::currentEpoch);
    }
}
