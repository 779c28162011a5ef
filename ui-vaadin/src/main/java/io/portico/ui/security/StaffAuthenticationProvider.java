package io.portico.ui.security;

import io.portico.application.staff.port.in.AuthenticateStaffUseCase;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Checks staff sign-ins through the use case, after the throttle. */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticateStaffUseCase authenticate;
    private final LoginThrottle throttle;

    StaffAuthenticationProvider(AuthenticateStaffUseCase authenticate, LoginThrottle throttle) {
        this.authenticate = authenticate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String email = request.getName();
        String ip = request.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "unknown";
        if (!throttle.allows(email, ip)) {
            throw new LoginThrottledException();
        }
        String password = request.getCredentials() == null ? null : request.getCredentials().toString();
        return authenticate.authenticate(email, password)
                .map(StaffPrincipal::of)
                .map(StaffSession::authentication)
                .orElseThrow(() -> {
                    throttle.failed(email, ip);
                    return new BadCredentialsException("Bad credentials");
                });
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
