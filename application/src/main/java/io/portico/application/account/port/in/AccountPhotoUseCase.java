package io.portico.application.account.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.util.Optional;

/** F1: the photo in the account's header. */
public interface AccountPhotoUseCase {

    int MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
    int SIZE = 256;

    /**
     * Stores the picture resized to a {@value #SIZE}-pixel square.
     *
     * @throws io.portico.domain.shared.InvalidInputException on field "photo" for a too large or unreadable file
     */
    void change(StaffId actor, AccountId account, byte[] picture);

    /** The photo of an account the viewer may see. */
    Optional<byte[]> photo(StaffId viewer, AccountId account);
}
