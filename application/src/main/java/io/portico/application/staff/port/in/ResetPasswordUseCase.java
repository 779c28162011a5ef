package io.portico.application.staff.port.in;

import io.portico.domain.shared.SecretToken;

public interface ResetPasswordUseCase {

    /** Whether the link can still be used; opening the page never uses it up (mail scanners open links too). */
    boolean isUsable(SecretToken token);

    /**
     * Sets the new password and uses the link up, with every other open reset link of that person.
     *
     * @throws io.portico.domain.shared.LinkNoLongerValidException for an unknown, used or expired link
     */
    void reset(ResetPasswordCommand command);
}
