package io.portico.application.account;

import io.portico.application.account.port.out.AccountPhotoPort;
import io.portico.domain.account.AccountId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryAccountPhotos implements AccountPhotoPort {

    private final Map<AccountId, byte[]> photos = new ConcurrentHashMap<>();

    @Override
    public void save(AccountId account, byte[] png) {
        photos.put(account, png.clone());
    }

    @Override
    public Optional<byte[]> load(AccountId account) {
        return Optional.ofNullable(photos.get(account)).map(byte[]::clone);
    }
}
