package io.portico.domain.shared;

/** A link from an email (reset, invitation, verification) that is unknown, used or expired. */
public final class LinkNoLongerValidException extends RuntimeException {

    public LinkNoLongerValidException() {
        super("This link is no longer valid");
    }
}
