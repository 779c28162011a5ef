package io.portico.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import io.portico.application.account.port.in.AccountPhotoUseCase;
import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.account.port.in.CreateAccountCommand;
import io.portico.application.account.port.in.CreateAccountUseCase;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountType;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactName;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.staff.StaffId;
import io.portico.ui.support.StaffViewTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountPhotoTest extends StaffViewTest {

    @Autowired
    CreateAccountUseCase createAccount;

    private AccountView profile() {
        StaffId owner = new StaffId(signInAsOwner().id());
        AccountId id = createAccount.create(new CreateAccountCommand(owner, AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(new ContactEntry.CreateNew(new ContactName("Mario", "Foto"), ContactEmails.NONE, "",
                        PostalAddress.NONE, "", List.of()))));
        return navigate(AccountView.class, id.value().toString());
    }

    @Test
    void F1_an_uploaded_photo_shows_in_the_header() throws IOException {
        AccountPhoto photo = find(AccountPhoto.class, profile()).single();
        assertThat(photo.hasPhoto()).isFalse();
        var png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), "png", png);

        photo.store(png.toByteArray());

        assertThat(photo.hasPhoto()).isTrue();
        assertThat(photo.avatar.getElement().hasAttribute("img")).as("the avatar shows the stored picture").isTrue();
    }

    @Test
    void F1_a_file_that_is_no_picture_is_refused_with_a_message_naming_the_field() {
        AccountPhoto photo = find(AccountPhoto.class, profile()).single();
        photo.store("not a picture".getBytes());
        assertThat(photo.hasPhoto()).isFalse();
        assertThat(test(find(Notification.class).single()).getText()).startsWith("Photo:");
    }

    @Test
    void issue10_15_an_upload_over_the_size_limit_is_refused_on_the_server_which_reads_no_further() throws IOException {
        AccountPhoto photo = find(AccountPhoto.class, profile()).single();
        var endless = new InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                return 0;
            }
        };

        byte[] received = AccountPhoto.receive(endless);
        photo.store(received);

        assertThat(endless.served).as("what the client says is not trusted, and no more is read").isEqualTo(AccountPhotoUseCase.MAX_UPLOAD_BYTES + 1L);
        assertThat(photo.hasPhoto()).isFalse();
        assertThat(test(find(Notification.class).single()).getText()).isEqualTo("Photo: choose a picture of at most 10 MB");
    }
}
