package io.portico.application.throttle.port.in;

import io.portico.domain.throttle.AttemptKind;
import java.util.Objects;

/**
 * One attempt to throttle: its kind, the address it is for (as typed; may be blank or malformed, it
 * counts all the same) and the client's network address.
 */
public record AttemptCommand(AttemptKind kind, String address, String clientIp) {

    public AttemptCommand {
        Objects.requireNonNull(kind, "kind");
    }
}
