package io.portico.domain.throttle;

import java.util.Locale;
import java.util.Objects;

/** One counter: a kind of attempt for one address, or for one client network address. */
public record ThrottleKey(AttemptKind kind, String subject) {

    public ThrottleKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
    }

    /** Typed addresses differ in case and blanks, the person does not. Null counts as the empty address. */
    public static ThrottleKey address(AttemptKind kind, String address) {
        return new ThrottleKey(kind, "address:" + (address == null ? "" : address.strip().toLowerCase(Locale.ROOT)));
    }

    public static ThrottleKey clientIp(AttemptKind kind, String ip) {
        return new ThrottleKey(kind, "ip:" + (ip == null ? "unknown" : ip));
    }
}
