package io.portico.ui.security;

import io.portico.application.staff.port.in.StaffSignIn;
import io.portico.domain.staff.StaffRole;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The signed-in staff member, kept in the session, with the credential epoch it signed in with. */
public record StaffPrincipal(UUID id, String email, String displayName, StaffRole role, long epoch) implements Serializable {

    public static StaffPrincipal of(StaffSignIn signIn) {
        return new StaffPrincipal(signIn.id().value(), signIn.email(), signIn.displayName(), signIn.role(), signIn.epoch());
    }

    /** The same sign-in going on with a newer epoch, after a change made in this very session. */
    public StaffPrincipal withEpoch(long newEpoch) {
        return new StaffPrincipal(id, email, displayName, role, newEpoch);
    }

    List<GrantedAuthority> authorities() {
        return List.of(new SimpleGrantedAuthority(SignInFactors.STAFF_AUTHORITY), new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String toString() {
        return email;
    }
}
