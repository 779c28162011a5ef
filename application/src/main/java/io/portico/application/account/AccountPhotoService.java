package io.portico.application.account;

import io.portico.application.account.port.in.AccountPhotoUseCase;
import io.portico.application.account.port.out.AccountPhotoPort;
import io.portico.application.account.port.out.PhotoProcessor;
import io.portico.domain.account.AccountId;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import java.util.Optional;

public final class AccountPhotoService implements AccountPhotoUseCase {

    private final AccountPhotoPort photos;
    private final PhotoProcessor processor;
    private final Viewers viewers;

    public AccountPhotoService(AccountPhotoPort photos, PhotoProcessor processor, Viewers viewers) {
        this.photos = photos;
        this.processor = processor;
        this.viewers = viewers;
    }

    @Override
    public void change(StaffId actor, AccountId account, byte[] picture) {
        if (picture == null || picture.length == 0 || picture.length > MAX_UPLOAD_BYTES) {
            throw new InvalidInputException("photo", "photo.size", MAX_UPLOAD_BYTES / (1024 * 1024));
        }
        viewers.editable(actor, account);
        photos.save(account, processor.squarePng(picture, SIZE));
    }

    @Override
    public Optional<byte[]> photo(StaffId viewer, AccountId account) {
        return viewers.visible(viewer, account).flatMap(visible -> photos.load(account));
    }
}
