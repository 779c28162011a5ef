package io.portico.domain.link;

import java.time.Duration;

/**
 * What a {@link MailedLink} lets its holder do, and how long it works unless the firm says otherwise.
 * Invitations stay after they stop working, as the record of who was invited when (B3); the other
 * links serve nobody once dead.
 */
public enum LinkPurpose {
    /** G1: a staff member sets a new password. */
    STAFF_PASSWORD_RESET(Duration.ofHours(1), false),
    /** B11: a client sets a new portal password. */
    PORTAL_PASSWORD_RESET(Duration.ofHours(1), false),
    /** B1–B5: an address with LOGIN on sets its first portal password; the firm sets the validity. */
    PORTAL_INVITATION(Duration.ofDays(7), true),
    /** B9: a sign-up is confirmed by its address. */
    SIGNUP_VERIFICATION(Duration.ofHours(24), false),
    /** A new staff member sets their first password. */
    STAFF_INVITATION(Duration.ofDays(7), true);

    private final Duration validity;
    private final boolean keptWhenDead;

    LinkPurpose(Duration validity, boolean keptWhenDead) {
        this.validity = validity;
        this.keptWhenDead = keptWhenDead;
    }

    /** How long a link of this purpose works when nobody chose otherwise. */
    public Duration validity() {
        return validity;
    }

    /** Whether a used, voided or expired link of this purpose is kept as history instead of purged. */
    public boolean keptWhenDead() {
        return keptWhenDead;
    }
}
