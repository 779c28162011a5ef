package io.portico.application.staff.port.in;

import java.util.Locale;
import java.util.Optional;

/** G2: what My profile shows. */
public record StaffProfile(String firstName, String lastName, String email, Optional<Locale> language) {
}
