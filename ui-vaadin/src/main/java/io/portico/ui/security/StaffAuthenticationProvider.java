package io.portico.ui.security;

import io.portico.application.staff.port.in.AuthenticateStaffUseCase;
import io.portico.application.staff.port.in.RememberStaffLanguageUseCase;
import io.portico.application.staff.port.in.StaffSignIn;
import io.portico.application.throttle.port.in.AttemptCommand;
import io.portico.application.throttle.port.in.ThrottleAttemptsUseCase;
import io.portico.domain.throttle.AttemptKind;
import io.portico.ui.i18n.PorticoI18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks staff sign-ins through the use case, after the throttle (taken before the password is checked,
 * issue 10 item 11). A successful sign-in offers the browser's language as the member's, for the mails
 * written to them until they pick one.
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticateStaffUseCase authenticate;
    private final ThrottleAttemptsUseCase throttle;
    private final RememberStaffLanguageUseCase languages;
    private final SignInFactors factors;

    StaffAuthenticationProvider(AuthenticateStaffUseCase authenticate, ThrottleAttemptsUseCase throttle,
                                RememberStaffLanguageUseCase languages, SignInFactors factors) {
        this.authenticate = authenticate;
        this.throttle = throttle;
        this.languages = languages;
        this.factors = factors;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String email = request.getName();
        // the servlet's remote address: the client's own, or a trusted proxy's X-Forwarded-For (RemoteIpValve)
        String ip = request.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        if (!throttle.take(new AttemptCommand(AttemptKind.STAFF_SIGN_IN, email, ip)).allowed()) {
            throw new LoginThrottledException();
        }
        String password = request.getCredentials() == null ? null : request.getCredentials().toString();
        StaffSignIn signIn = authenticate.authenticate(email, password)
                .orElseThrow(() -> new BadCredentialsException("Bad credentials"));
        throttle.succeeded(AttemptKind.STAFF_SIGN_IN, email);
        return factors.afterPassword(StaffPrincipal.of(offerBrowserLanguage(signIn)));
    }

    private StaffSignIn offerBrowserLanguage(StaffSignIn signIn) {
        browserLanguage().ifPresent(language -> languages.signedIn(signIn.id(), language));
        return signIn;
    }

    /**
     * The first language of the sign-in request's Accept-Language that Portico speaks. Without the
     * header the servlet container reports its own default, which says nothing about the person.
     */
    private static Optional<Locale> browserLanguage() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        HttpServletRequest request = attributes.getRequest();
        if (request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        return Collections.list(request.getLocales()).stream()
                .flatMap(browser -> PorticoI18NProvider.LANGUAGES.stream().filter(l -> l.getLanguage().equals(browser.getLanguage())))
                .findFirst();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
