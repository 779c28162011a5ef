package io.portico.application.account.port.out;

import io.portico.domain.account.AccountId;
import java.util.Optional;

/** F1: an account's photo, kept in the database as a small PNG. */
public interface AccountPhotoPort {

    void save(AccountId account, byte[] png);

    Optional<byte[]> load(AccountId account);
}
