package io.portico.application.throttle.port.in;

/** Housekeeping: counters quiet for longer than any rule remembers them go. */
public interface ForgetIdleAttemptsUseCase {

    /** @return how many counters were removed */
    int forgetIdle();
}
