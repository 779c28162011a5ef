package io.portico.ui.account;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.portico.application.account.port.in.AccountPhotoUseCase;
import io.portico.domain.account.AccountId;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import io.portico.ui.i18n.InputErrors;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/** F1: the account's photo in the header, and uploading a new one for those who may edit the account. */
class AccountPhoto extends HorizontalLayout {

    final Avatar avatar = new Avatar();
    final Upload upload = new Upload();
    private final AccountPhotoUseCase photos;
    private final StaffId viewer;
    private final AccountId account;

    AccountPhoto(AccountPhotoUseCase photos, StaffId viewer, AccountId account, String name, boolean editable) {
        this.photos = photos;
        this.viewer = viewer;
        this.account = account;
        setAlignItems(Alignment.CENTER);
        avatar.setName(name);
        avatar.getStyle().set("width", "4em").set("height", "4em");
        showPhoto();
        add(avatar);
        if (editable) {
            upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/gif", ".jpg", ".jpeg", ".png", ".gif");
            upload.setMaxFileSize(AccountPhotoUseCase.MAX_UPLOAD_BYTES);
            upload.setMaxFiles(1);
            upload.setDropAllowed(false);
            var change = new Button(getTranslation("photo.change"));
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY,
                    ButtonVariant.LUMO_SMALL);
            upload.setUploadButton(change);
            upload.setUploadHandler(event -> {
                byte[] picture = receive(event.getInputStream());
                event.getUI().access(() -> store(picture));
            });
            add(upload);
        }
    }

    /**
     * The upload, read up to one byte past the limit: the limit set on the Upload is the browser's to keep,
     * so the server never buffers more and the use case refuses what is too long (issue 10, item 15).
     */
    static byte[] receive(InputStream upload) throws IOException {
        return upload.readNBytes(AccountPhotoUseCase.MAX_UPLOAD_BYTES + 1);
    }

    void store(byte[] picture) {
        try {
            photos.change(viewer, account, picture);
            showPhoto();
        } catch (InvalidInputException e) {
            Notification.show(InputErrors.message(e), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        upload.clearFileList();
    }

    private void showPhoto() {
        photos.photo(viewer, account).ifPresent(png -> avatar.setImageHandler(DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(png), "photo.png", "image/png", png.length))));
    }

    boolean hasPhoto() {
        return photos.photo(viewer, account).isPresent();
    }
}
