package io.portico.application.firm.port.in;

import io.portico.domain.staff.StaffId;

/** Settings → Firm, for the owner and admins (issue 11, item 7). */
public interface ChangeFirmIdentityUseCase {

    /**
     * @throws io.portico.domain.shared.NotAllowedException unless the actor is an active owner or admin
     * @throws io.portico.domain.shared.StaleRecordException when someone saved since the form was loaded
     */
    void change(ChangeFirmIdentityCommand command);

    /**
     * Replaces the logo with an uploaded file.
     * @throws io.portico.domain.shared.InvalidInputException on field {@code logo} for a file too big or of another type
     */
    void changeLogo(StaffId actor, byte[] content);

    void removeLogo(StaffId actor);
}
