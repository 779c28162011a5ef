package io.portico.application.twofactor.port.in;

/** Issue 10 items 6 and 8: the second step of a sign-in, with the app's code or a recovery code. */
public interface CheckSecondFactorUseCase {

    SecondFactorCheck check(CheckSecondFactorCommand command);
}
