package io.portico.ui.account;

import com.vaadin.flow.component.Component;
import io.portico.application.account.port.in.AccountPhotoUseCase;
import io.portico.application.account.port.in.ArchiveAccountUseCase;
import io.portico.application.account.port.in.EditAccountUseCase;
import io.portico.application.export.port.in.ExportAccountUseCase;

/** Builds the profile's {@link ProfileHeader} (F1), so the account view only places it above the tabs. */
@org.springframework.stereotype.Component
public class ProfileHeaders {

    private final AccountPhotoUseCase photos;
    private final EditAccountUseCase editAccount;
    private final ArchiveAccountUseCase archiving;
    private final ExportAccountUseCase export;

    ProfileHeaders(AccountPhotoUseCase photos, EditAccountUseCase editAccount, ArchiveAccountUseCase archiving, ExportAccountUseCase export) {
        this.photos = photos;
        this.editAccount = editAccount;
        this.archiving = archiving;
        this.export = export;
    }

    Component header(ShownProfile shown) {
        return new ProfileHeader(shown, photos, editAccount, archiving, export);
    }
}
