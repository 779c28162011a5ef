package io.portico.application.twofactor.port.out;

import io.portico.domain.staff.StaffId;
import io.portico.domain.twofactor.AuthenticatorApp;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.twofactor.TotpSecret;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Enrolled authenticator apps and their recovery codes, for staff and portal clients alike. */
public interface SecondFactorPort {

    Optional<AuthenticatorApp> authenticator(CredentialHolder holder);

    /** Replaces any earlier app and recovery codes: the old secret and codes stop working. */
    void enrol(CredentialHolder holder, TotpSecret secret, List<String> recoveryCodeHashes, Instant at);

    /** Marks the step used, atomically: false when it or a later one already was (a replay, or a parallel check). */
    boolean useStep(CredentialHolder holder, long step);

    /** Uses up the code with this hash, atomically: false when there is none or it was used. */
    boolean redeemRecoveryCode(CredentialHolder holder, String codeHash, Instant at);

    /** Removes the app and its recovery codes. */
    void remove(CredentialHolder holder);

    /** Removes the member's passkeys. */
    void removePasskeys(StaffId member);

    /** Whether this staff member has a second factor to sign in with: an authenticator app or a passkey. */
    boolean hasSecondFactor(StaffId member);
}
