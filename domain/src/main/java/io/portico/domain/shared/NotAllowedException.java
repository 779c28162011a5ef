package io.portico.domain.shared;

/** The signed-in person lacks the right for this action (e.g. creating accounts without "manage accounts"). */
public final class NotAllowedException extends RuntimeException {

    public NotAllowedException(String action) {
        super("Not allowed: " + action);
    }
}
