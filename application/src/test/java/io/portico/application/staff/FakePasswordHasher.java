package io.portico.application.staff;

import io.portico.application.staff.port.out.PasswordHasher;

/** Reversible on purpose: use-case tests need no slow hashing. Never used outside tests. */
public final class FakePasswordHasher implements PasswordHasher {

    @Override
    public String hash(String rawPassword) {
        return "fake-hash:" + rawPassword;
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return hash(rawPassword).equals(hash);
    }
}
