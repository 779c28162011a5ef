package io.portico.ui.security;

import io.portico.application.staff.port.in.StaffSignIn;
import io.portico.domain.staff.StaffRole;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The signed-in staff member, kept in the session. */
public record StaffPrincipal(UUID id, String email, String displayName, StaffRole role) implements Serializable {

    public static StaffPrincipal of(StaffSignIn signIn) {
        return new StaffPrincipal(signIn.id().value(), signIn.email(), signIn.displayName(), signIn.role());
    }

    List<GrantedAuthority> authorities() {
        return List.of(new SimpleGrantedAuthority(SignInFactors.STAFF_AUTHORITY), new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String toString() {
        return email;
    }
}
