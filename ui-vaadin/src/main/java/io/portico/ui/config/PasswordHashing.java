package io.portico.ui.config;

import io.portico.application.staff.port.out.PasswordHasher;
import io.portico.domain.staff.PasswordPolicy;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id at OWASP's parameters (issue 10 item 9) for new hashes; the {id} prefix lets older bcrypt
 * hashes keep working. Passwords are hashed in their NFKC form; a hash of a password's raw form (made
 * before normalising) or with weaker parameters still signs in, and is replaced at that sign-in.
 */
@Component
class PasswordHashing implements PasswordHasher {

    /** OWASP's Argon2id minimum: 19 MiB of memory, 2 iterations, 1 lane; 16-byte salt, 32-byte hash. */
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;

    private final PasswordEncoder encoder = new DelegatingPasswordEncoder("argon2", Map.of(
            "argon2", new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS),
            "bcrypt", new BCryptPasswordEncoder()));

    @Override
    public String hash(String rawPassword) {
        return encoder.encode(PasswordPolicy.normalise(rawPassword));
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        String normalised = PasswordPolicy.normalise(rawPassword);
        return encoder.matches(normalised, hash) || !normalised.equals(rawPassword) && encoder.matches(rawPassword, hash);
    }

    @Override
    public Optional<String> upgrade(String rawPassword, String hash) {
        String normalised = PasswordPolicy.normalise(rawPassword);
        boolean ofRawForm = !normalised.equals(rawPassword) && !encoder.matches(normalised, hash);
        return encoder.upgradeEncoding(hash) || ofRawForm ? Optional.of(hash(rawPassword)) : Optional.empty();
    }
}
