package io.portico.domain.firm;

/** Setup was asked for a second time, e.g. by two requests racing; the first one won. */
public final class FirmAlreadySetUpException extends RuntimeException {

    public FirmAlreadySetUpException() {
        super("The firm is already set up");
    }
}
