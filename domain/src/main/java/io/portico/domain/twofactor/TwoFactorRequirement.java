package io.portico.domain.twofactor;

import io.portico.domain.staff.StaffRole;

/** Whom the firm requires to sign in with a second factor. New firms require it of owner and admins. */
public enum TwoFactorRequirement {
    NOBODY, OWNER_AND_ADMINS, ALL_STAFF;

    public static final TwoFactorRequirement FOR_NEW_FIRMS = OWNER_AND_ADMINS;

    public boolean requires(StaffRole role) {
        return switch (this) {
            case NOBODY -> false;
            case OWNER_AND_ADMINS -> role.administers();
            case ALL_STAFF -> true;
        };
    }
}
