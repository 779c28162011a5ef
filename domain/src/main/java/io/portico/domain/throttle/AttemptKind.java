package io.portico.domain.throttle;

/**
 * What is being attempted (issue 10 item 11). Each kind counts on its own, so that asking for reset
 * links never uses up anyone's sign-in attempts.
 */
public enum AttemptKind {
    STAFF_SIGN_IN,
    PORTAL_SIGN_IN,
    /** The current password asked for before a password change. */
    CURRENT_PASSWORD,
    SECOND_FACTOR,
    STAFF_PASSWORD_RESET,
    PORTAL_PASSWORD_RESET,
    SIGNUP;

    /** Whether an attempt that works wipes the address's count; requests that send mail count every time. */
    public boolean clearedBySuccess() {
        return switch (this) {
            case STAFF_SIGN_IN, PORTAL_SIGN_IN, CURRENT_PASSWORD, SECOND_FACTOR -> true;
            case STAFF_PASSWORD_RESET, PORTAL_PASSWORD_RESET, SIGNUP -> false;
        };
    }
}
