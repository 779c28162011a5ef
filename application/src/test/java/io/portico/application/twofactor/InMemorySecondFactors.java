package io.portico.application.twofactor;

import io.portico.application.twofactor.port.out.SecondFactorPort;
import io.portico.domain.staff.StaffId;
import io.portico.domain.twofactor.AuthenticatorApp;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.twofactor.TotpSecret;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public final class InMemorySecondFactors implements SecondFactorPort {

    private final Map<CredentialHolder, AuthenticatorApp> apps = new HashMap<>();
    private final Map<CredentialHolder, Set<String>> unusedCodes = new HashMap<>();
    private final Set<StaffId> passkeys = new HashSet<>();

    @Override
    public synchronized Optional<AuthenticatorApp> authenticator(CredentialHolder holder) {
        return Optional.ofNullable(apps.get(holder));
    }

    @Override
    public synchronized void enrol(CredentialHolder holder, TotpSecret secret, List<String> recoveryCodeHashes, Instant at) {
        apps.put(holder, new AuthenticatorApp(secret, AuthenticatorApp.NO_STEP));
        unusedCodes.put(holder, new HashSet<>(recoveryCodeHashes));
    }

    @Override
    public synchronized boolean useStep(CredentialHolder holder, long step) {
        AuthenticatorApp app = apps.get(holder);
        if (app == null || step <= app.lastUsedStep()) {
            return false;
        }
        apps.put(holder, new AuthenticatorApp(app.secret(), step));
        return true;
    }

    @Override
    public synchronized boolean redeemRecoveryCode(CredentialHolder holder, String codeHash, Instant at) {
        Set<String> codes = unusedCodes.get(holder);
        return codes != null && codes.remove(codeHash);
    }

    @Override
    public synchronized void remove(CredentialHolder holder) {
        apps.remove(holder);
        unusedCodes.remove(holder);
    }

    @Override
    public synchronized void removePasskeys(StaffId member) {
        passkeys.remove(member);
    }

    @Override
    public synchronized boolean hasSecondFactor(StaffId member) {
        return apps.containsKey(new CredentialHolder.Staff(member)) || passkeys.contains(member);
    }

    /** A passkey as Spring Security's WebAuthn support registers it. */
    public synchronized void registerPasskey(StaffId member) {
        passkeys.add(member);
    }
}
