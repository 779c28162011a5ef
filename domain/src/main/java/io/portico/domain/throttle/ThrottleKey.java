package io.portico.domain.throttle;

import java.util.Locale;
import java.util.Objects;

/**
 * One counter: a kind of attempt for one address, or for one client network address. The subject is
 * what was typed, so it is made storable: control characters dropped (PostgreSQL refuses NUL) and cut
 * at a length no address reaches (a longer one still counts, in the bucket of its first characters).
 */
public record ThrottleKey(AttemptKind kind, String subject) {

    static final int MAX_TYPED_LENGTH = 320;

    public ThrottleKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
    }

    /** Typed addresses differ in case and blanks, the person does not. Null counts as the empty address. */
    public static ThrottleKey address(AttemptKind kind, String address) {
        return new ThrottleKey(kind, "address:" + storable(address == null ? "" : address.strip().toLowerCase(Locale.ROOT)));
    }

    public static ThrottleKey clientIp(AttemptKind kind, String ip) {
        return new ThrottleKey(kind, "ip:" + (ip == null ? "unknown" : storable(ip)));
    }

    private static String storable(String typed) {
        String printable = typed.replaceAll("\\p{Cntrl}", "");
        return printable.substring(0, Math.min(printable.length(), MAX_TYPED_LENGTH));
    }
}
