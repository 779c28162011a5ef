package io.portico.application.staff.port.out;

import java.util.Optional;

/** One-way, salted, deliberately slow hashing of passwords. */
public interface PasswordHasher {

    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);

    /**
     * After a sign-in that {@linkplain #matches matched}: a new hash of the password when the stored one
     * was made with weaker settings or of the password's unnormalised form, to store in its place.
     */
    Optional<String> upgrade(String rawPassword, String hash);
}
