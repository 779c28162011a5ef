package io.portico.ui.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this address or from this network address. */
public final class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("Too many failed sign-in attempts");
    }
}
