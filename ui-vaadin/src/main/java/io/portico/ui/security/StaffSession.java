package io.portico.ui.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/** The signed-in staff member of the current request, and signing in without the login form. */
@Component
public class StaffSession {

    private final AuthenticationContext authenticationContext;
    private final SignInFactors factors;

    StaffSession(AuthenticationContext authenticationContext, SignInFactors factors) {
        this.authenticationContext = authenticationContext;
        this.factors = factors;
    }

    public Optional<StaffPrincipal> current() {
        return authenticationContext.getAuthenticatedUser(StaffPrincipal.class);
    }

    public void signOut() {
        authenticationContext.logout();
    }

    /** Signs in the member just created (setup) as after their password, in a new session id against fixation. */
    public void signIn(StaffPrincipal principal) {
        store(factors.afterPassword(principal));
    }

    /** Whether the member still owes a second factor (or its set-up) before any staff view opens. */
    public boolean awaitsSecondFactor() {
        return current().isPresent() && !SignInFactors.complete(SecurityContextHolder.getContext().getAuthentication());
    }

    /** Adds a checked second factor to the sign-in, in a new session id: the staff views open. */
    public void completeSecondFactor(String factorAuthority) {
        StaffPrincipal principal = current().orElseThrow();
        store(SignInFactors.withSecondFactor(SecurityContextHolder.getContext().getAuthentication(), principal, factorAuthority));
    }

    private static void store(Authentication authentication) {
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        var response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    }
}
