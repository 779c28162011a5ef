package io.portico.application.staff.port.out;

/** One-way, salted, deliberately slow hashing of passwords. */
public interface PasswordHasher {

    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);
}
