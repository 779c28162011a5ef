package io.portico.domain.twofactor;

/** The six-digit code an authenticator app shows for one 30-second step (RFC 6238, HMAC-SHA-1). */
@FunctionalInterface
public interface TimeStepCodes {

    String codeAt(TotpSecret secret, long step);
}
