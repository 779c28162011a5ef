package io.portico.ui.security;

import java.util.List;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Issue 10 item 6: a passkey checked by Spring Security's WebAuthn support counts as the second factor
 * of the staff member whose password was just checked: its authority joins the password's, and with
 * it the staff roles. A passkey of anyone else, or without a password first, signs nobody in.
 */
public final class PasskeySecondFactor implements AuthenticationManager {

    private final WebAuthnAuthenticationProvider passkeys;

    public PasskeySecondFactor(WebAuthnRelyingPartyOperations relyingParty) {
        this.passkeys = new WebAuthnAuthenticationProvider(relyingParty, PasskeySecondFactor.userDetails());
    }

    /** Spring's provider wants a user for the passkey's name; the roles come from the password's sign-in instead. */
    public static UserDetailsService userDetails() {
        return username -> User.withUsername(username).password("{noop}unused").authorities(List.of()).build();
    }

    @Override
    public Authentication authenticate(Authentication request) {
        Authentication passkey = passkeys.authenticate(request);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof StaffPrincipal principal
                && principal.email().equalsIgnoreCase(passkey.getName())) {
            return SignInFactors.withSecondFactor(signedIn, principal, FactorGrantedAuthority.WEBAUTHN_AUTHORITY);
        }
        throw new BadCredentialsException("A passkey is the second step after the password of its own member");
    }
}
