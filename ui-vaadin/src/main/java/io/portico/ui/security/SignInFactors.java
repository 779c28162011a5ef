package io.portico.ui.security;

import io.portico.application.twofactor.port.in.TwoFactorStatusQuery;
import io.portico.domain.staff.StaffId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Issue 10 items 6–7, with Spring Security's multi-factor authorities: a password grants the password
 * factor; the staff roles come with it only for a member who has no second factor and is not required
 * to have one. Everybody else gets them once the second factor's authority joins the password's.
 */
@Component
public class SignInFactors {

    /** Spring Security names no factor for authenticator apps; this one follows its naming. */
    public static final String AUTHENTICATOR_AUTHORITY = "FACTOR_TOTP";
    /** A recovery code stands in for the authenticator app it came with. */
    public static final String RECOVERY_CODE_AUTHORITY = "FACTOR_RECOVERY_CODE";
    static final String STAFF_AUTHORITY = "ROLE_STAFF";

    private final TwoFactorStatusQuery status;

    SignInFactors(TwoFactorStatusQuery status) {
        this.status = status;
    }

    Authentication afterPassword(StaffPrincipal principal) {
        List<GrantedAuthority> authorities = new ArrayList<>(List.of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)));
        if (!needsSecondStep(new StaffId(principal.id()))) {
            authorities.addAll(principal.authorities());
        }
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    /** The signed-in authentication with the second factor's authority added, and with it the staff roles. */
    static Authentication withSecondFactor(Authentication signedIn, StaffPrincipal principal, String factorAuthority) {
        List<GrantedAuthority> authorities = new ArrayList<>(signedIn.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(factorAuthority));
        principal.authorities().stream().filter(role -> !authorities.contains(role)).forEach(authorities::add);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    private boolean needsSecondStep(StaffId member) {
        return status.hasSecondFactor(member) || status.requiredOf(member);
    }

    /** Whether the sign-in is complete: every factor it needs is there, so the staff roles are too. */
    public static boolean complete(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(a -> STAFF_AUTHORITY.equals(a.getAuthority()));
    }
}
