package io.portico.application.staff.port.in;

/** G2: a wrong current password is refused on "currentPassword"; every other session of the member ends. */
public interface ChangeOwnPasswordUseCase {

    /** @return the member's new credential epoch, for the session that made the change to go on with */
    long change(ChangeOwnPasswordCommand command);
}
