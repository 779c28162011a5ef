package io.portico.application.twofactor;

import io.portico.application.shared.port.out.Transactions;
import io.portico.application.twofactor.port.in.CheckSecondFactorCommand;
import io.portico.application.twofactor.port.in.CheckSecondFactorUseCase;
import io.portico.application.twofactor.port.in.ConfirmAuthenticatorCommand;
import io.portico.application.twofactor.port.in.EnrolAuthenticatorUseCase;
import io.portico.application.twofactor.port.in.SecondFactorCheck;
import io.portico.application.twofactor.port.in.TurnOffAuthenticatorUseCase;
import io.portico.application.twofactor.port.out.SecondFactorPort;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.twofactor.AuthenticatorApp;
import io.portico.domain.twofactor.RecoveryCodes;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.twofactor.TimeStepCodes;
import io.portico.domain.twofactor.TotpSecret;
import java.time.Clock;
import java.util.List;
import java.util.random.RandomGenerator;

/** Enrols, checks and removes authenticator apps with their recovery codes, for staff and clients. */
public final class AuthenticatorService implements EnrolAuthenticatorUseCase, CheckSecondFactorUseCase, TurnOffAuthenticatorUseCase {

    private final SecondFactorPort factors;
    private final TwoFactorRule rule;
    private final TimeStepCodes codes;
    private final RandomGenerator random;
    private final Transactions transactions;
    private final Clock clock;

    public AuthenticatorService(SecondFactorPort factors, TwoFactorRule rule, TimeStepCodes codes, RandomGenerator random,
                         Transactions transactions, Clock clock) {
        this.factors = factors;
        this.rule = rule;
        this.codes = codes;
        this.random = random;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public TotpSecret newSecret() {
        return TotpSecret.random(random);
    }

    @Override
    public List<String> confirm(ConfirmAuthenticatorCommand command) {
        var scanned = new AuthenticatorApp(command.secret(), AuthenticatorApp.NO_STEP);
        long step = scanned.match(command.code(), clock.instant(), codes)
                .orElseThrow(() -> new InvalidInputException("code", "two-factor.code.wrong"));
        List<String> recoveryCodes = RecoveryCodes.generate(random);
        transactions.inTransaction(() -> {
            factors.enrol(command.holder(), command.secret(), recoveryCodes.stream().map(RecoveryCodes::hash).toList(), clock.instant());
            factors.useStep(command.holder(), step); // the confirming code cannot sign in again
        });
        return recoveryCodes;
    }

    @Override
    public SecondFactorCheck check(CheckSecondFactorCommand command) {
        CredentialHolder holder = command.holder();
        if (RecoveryCodes.looksLikeOne(command.code())) {
            boolean redeemed = factors.redeemRecoveryCode(holder, RecoveryCodes.hash(command.code()), clock.instant());
            return redeemed ? SecondFactorCheck.RECOVERY_CODE : SecondFactorCheck.REFUSED;
        }
        boolean good = factors.authenticator(holder)
                .flatMap(app -> app.match(command.code(), clock.instant(), codes).stream().boxed().findFirst())
                .filter(step -> factors.useStep(holder, step))
                .isPresent();
        return good ? SecondFactorCheck.AUTHENTICATOR_CODE : SecondFactorCheck.REFUSED;
    }

    @Override
    public void turnOff(CredentialHolder holder) {
        if (holder instanceof CredentialHolder.Staff staff && rule.requiredOf(staff.id())) {
            throw new InvalidInputException("twoFactor", "two-factor.required");
        }
        factors.remove(holder);
    }
}
