package io.portico.ui.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/** The signed-in staff member of the current request, and signing in without the login form. */
@Component
public class StaffSession {

    private final AuthenticationContext authenticationContext;

    StaffSession(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    public Optional<StaffPrincipal> current() {
        return authenticationContext.getAuthenticatedUser(StaffPrincipal.class);
    }

    public void signOut() {
        authenticationContext.logout();
    }

    /** Signs in the member just created (setup) or who just accepted an invitation, in a new session id against fixation. */
    public void signIn(StaffPrincipal principal) {
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        store(principal);
    }

    /**
     * Issue 10: this session made a change that raised the member's credential epoch (a new password,
     * handing ownership on): it goes on as {@code principal}, while every other session of theirs ends.
     */
    public void replace(StaffPrincipal principal) {
        store(principal);
    }

    private static void store(StaffPrincipal principal) {
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        var response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication(principal));
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    }

    static Authentication authentication(StaffPrincipal principal) {
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
    }
}
