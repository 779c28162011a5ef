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

    /**
     * Signs in the member just created (setup) or who just accepted an invitation as after their
     * password, in a new session id against fixation.
     */
    public void signIn(StaffPrincipal principal) {
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        store(factors.afterPassword(principal));
    }

    /** Whether the member still owes a second factor (or its set-up) before any staff view opens. */
    public boolean awaitsSecondFactor() {
        return current().isPresent() && !SignInFactors.complete(SecurityContextHolder.getContext().getAuthentication());
    }

    /** Adds a checked second factor to the sign-in, in a new session id: the staff views open. */
    public void completeSecondFactor(String factorAuthority) {
        StaffPrincipal principal = current().orElseThrow();
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        store(SignInFactors.withSecondFactor(SecurityContextHolder.getContext().getAuthentication(), principal, factorAuthority));
    }

    /**
     * Issue 10: this session made a change that raised the member's credential epoch (a new password,
     * handing ownership on): it goes on as {@code principal} with the factors it has, while every other
     * session of theirs ends.
     */
    public void replace(StaffPrincipal principal) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        store(UsernamePasswordAuthenticationToken.authenticated(principal, null, signedIn.getAuthorities()));
    }

    private static void store(Authentication authentication) {
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        var response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    }
}
