package io.portico.application.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.session.InMemoryCredentialEpochs;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.staff.port.in.ChangeOwnPasswordCommand;
import io.portico.application.staff.port.in.UpdateStaffProfileCommand;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffStatus;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 10, item 5: My profile. */
class StaffProfileServiceTest {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryStaffLanguages languages = new InMemoryStaffLanguages(staff);
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final InMemoryCredentialEpochs epochs = new InMemoryCredentialEpochs();
    private final StaffProfileService profile = new StaffProfileService(staff, languages, hasher, new StaffPasswords(java.util.Optional::empty, member -> false), epochs, new DirectTransactions());

    @Test
    void issue10_5_a_member_sees_and_changes_their_name_and_language() {
        var anna = StaffFixture.add(staff, "anna@studio.it", true);
        assertThat(profile.profile(anna.id())).hasValueSatisfying(p -> {
            assertThat(p.firstName()).isEqualTo("Anna");
            assertThat(p.email()).isEqualTo("anna@studio.it");
            assertThat(p.language()).isEmpty();
        });

        profile.update(UpdateStaffProfileCommand.of(anna.id(), "Annalisa", "Bianchi Neri", Locale.forLanguageTag("fr-CA")));

        assertThat(staff.findById(anna.id()).orElseThrow().name().full()).isEqualTo("Annalisa Bianchi Neri");
        assertThat(languages.language(anna.id())).contains(Locale.FRENCH);
    }

    @Test
    void issue10_5_a_blank_name_is_refused_on_its_field() {
        var anna = StaffFixture.add(staff, "anna@studio.it", true);
        assertThatThrownBy(() -> profile.update(UpdateStaffProfileCommand.of(anna.id(), " ", "Bianchi", Locale.ITALIAN)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("firstName"));
        assertThat(staff.findById(anna.id()).orElseThrow().name().first()).isEqualTo("Anna");
    }

    @Test
    void issue10_5_the_password_changes_only_with_the_current_one_and_every_other_session_ends() {
        var anna = StaffFixture.add(staff, "anna@studio.it", true);
        assertThatThrownBy(() -> profile.change(new ChangeOwnPasswordCommand(anna.id(), "not my password", "a brand new passphrase")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> profile.change(new ChangeOwnPasswordCommand(anna.id(), null, "a brand new passphrase")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThat(epochs.epoch(new CredentialHolder.Staff(anna.id()))).isZero();

        long epoch = profile.change(new ChangeOwnPasswordCommand(anna.id(), StaffFixture.PASSWORD, "a brand new passphrase"));

        assertThat(staff.passwordHash(anna.id())).contains(hasher.hash("a brand new passphrase"));
        assertThat(epoch).isEqualTo(1).isEqualTo(epochs.epoch(new CredentialHolder.Staff(anna.id())));
    }

    @Test
    void issue10_5_a_weak_new_password_is_refused_on_its_field() {
        var anna = StaffFixture.add(staff, "anna@studio.it", true);
        assertThatThrownBy(() -> profile.change(new ChangeOwnPasswordCommand(anna.id(), StaffFixture.PASSWORD, "short")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("newPassword"));
        assertThat(staff.passwordHash(anna.id())).contains(hasher.hash(StaffFixture.PASSWORD));
    }

    @Test
    void issue10_9_the_members_own_name_and_the_firms_are_no_new_password() {
        var anna = StaffFixture.add(staff, "anna@studio.it", true);
        var firmAware = new StaffProfileService(staff, languages, hasher,
                new StaffPasswords(() -> java.util.Optional.of(new io.portico.domain.firm.FirmName("Studio Verdi")), member -> false), epochs, new DirectTransactions());
        for (String personal : new String[] {"anna of the tax season", "verdi keeps the books"}) {
            assertThatThrownBy(() -> firmAware.change(new ChangeOwnPasswordCommand(anna.id(), StaffFixture.PASSWORD, personal)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("newPassword"));
        }
        assertThat(staff.passwordHash(anna.id())).contains(hasher.hash(StaffFixture.PASSWORD));
    }

    @Test
    void issue10_5_a_deactivated_member_has_no_profile_and_changes_nothing() {
        var gone = StaffFixture.add(staff, "gone@studio.it", false);
        assertThat(profile.profile(gone.id())).isEmpty();
        assertThatThrownBy(() -> profile.change(new ChangeOwnPasswordCommand(gone.id(), StaffFixture.PASSWORD, "a brand new passphrase")))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> profile.update(UpdateStaffProfileCommand.of(gone.id(), "Gino", "Neri", Locale.ITALIAN)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(staff.findById(gone.id()).orElseThrow().status()).isEqualTo(StaffStatus.DEACTIVATED);
    }
}
