package io.portico.ui.support;

import io.portico.ui.security.StaffPrincipal;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

public class WithStaffSecurityContextFactory implements WithSecurityContextFactory<WithStaff> {

    @Override
    public SecurityContext createSecurityContext(WithStaff staff) {
        var principal = new StaffPrincipal(UUID.randomUUID(), staff.email(), "Anna Bianchi", staff.role(), 0);
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_STAFF"), new SimpleGrantedAuthority("ROLE_" + staff.role().name()));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        return context;
    }
}
