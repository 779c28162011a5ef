package io.portico.application.twofactor.port.in;

/** How a second-factor check went. */
public enum SecondFactorCheck {
    /** A good code from the authenticator app. */
    AUTHENTICATOR_CODE,
    /** A recovery code, now used up: the holder should set up the app again. */
    RECOVERY_CODE,
    REFUSED;

    public boolean passed() {
        return this != REFUSED;
    }
}
