package io.portico.application.staff;

import io.portico.application.staff.port.out.PasswordHasher;
import java.util.Optional;

/** Reversible on purpose: use-case tests need no slow hashing. Never used outside tests. */
public final class FakePasswordHasher implements PasswordHasher {

    private static final String WEAK = "weak-hash:";

    @Override
    public String hash(String rawPassword) {
        return "fake-hash:" + rawPassword;
    }

    /** What an older, weaker hash of the password looks like: it matches, and is upgraded. */
    public static String weakHash(String rawPassword) {
        return WEAK + rawPassword;
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return hash(rawPassword).equals(hash) || weakHash(rawPassword).equals(hash);
    }

    @Override
    public Optional<String> upgrade(String rawPassword, String hash) {
        return hash.startsWith(WEAK) ? Optional.of(hash(rawPassword)) : Optional.empty();
    }
}
