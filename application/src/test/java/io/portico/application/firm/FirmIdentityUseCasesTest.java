package io.portico.application.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.firm.port.in.ChangeFirmIdentityCommand;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.firm.Firm;
import io.portico.domain.firm.FirmId;
import io.portico.domain.firm.FirmIdentity;
import io.portico.domain.firm.FirmLogo;
import io.portico.domain.firm.FirmName;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.Language;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.shared.StaleRecordException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 11, item 7: Settings → Firm. */
class FirmIdentityUseCasesTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryFirms firms = new InMemoryFirms();
    private final FirmIdentityService service = new FirmIdentityService(firms, new Administrators(staff), new DirectTransactions(),
            MutableClock.startingAt("2026-03-01T09:00:00Z"));
    private final FirmQueryService firmQuery = new FirmQueryService(firms);

    private StaffMember anna;
    private StaffMember marco;

    @BeforeEach
    void firm() {
        firms.create(new Firm(FirmId.random(), new FirmName("Studio Bianchi"), Instant.parse("2026-01-01T00:00:00Z")));
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.ADMIN);
        marco = AccountFixtures.staff(staff, "Marco", "Verdi", StaffRole.EMPLOYEE);
    }

    private static ChangeFirmIdentityCommand.Input input(String name, String replyTo, boolean copies, String copyAddress, long version) {
        return new ChangeFirmIdentityCommand.Input(name, "#AA3300", new PostalAddress("Via Roma 1", "20100", "Milano", "", "Italia"),
                "+39 02 123", replyTo, "it", copies, copyAddress, version);
    }

    @Test
    void issue11_an_admin_changes_the_identity_and_the_rename_shows_at_once() {
        assertThat(firmQuery.firm().orElseThrow().name().value()).isEqualTo("Studio Bianchi");

        service.change(ChangeFirmIdentityCommand.of(anna.id(), input("Bianchi & Partners", "studio@bianchi.it", true, "", 0)));

        FirmIdentity identity = service.identity().orElseThrow();
        assertThat(identity.name().value()).isEqualTo("Bianchi & Partners");
        assertThat(identity.accent().value()).isEqualTo("#aa3300");
        assertThat(identity.address().city()).isEqualTo("Milano");
        assertThat(identity.phone()).isEqualTo("+39 02 123");
        assertThat(identity.replyTo()).contains(new EmailAddress("studio@bianchi.it"));
        assertThat(identity.language()).isEqualTo(Language.IT);
        assertThat(identity.copyRecipient()).contains(new EmailAddress("studio@bianchi.it"));
        assertThat(identity.version()).isEqualTo(1);
        assertThat(firmQuery.firm().orElseThrow().name().value()).isEqualTo("Bianchi & Partners");
        assertThat(firmQuery.isSetUp()).isTrue();
    }

    @Test
    void issue11_an_employee_may_not_change_the_identity_nor_the_logo() {
        assertThatThrownBy(() -> service.change(ChangeFirmIdentityCommand.of(marco.id(), input("Other", "", false, "", 0))))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> service.changeLogo(marco.id(), PNG)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> service.removeLogo(marco.id())).isInstanceOf(NotAllowedException.class);
        assertThat(service.identity().orElseThrow()).isEqualTo(FirmIdentity.named(new FirmName("Studio Bianchi")));
    }

    @Test
    void issue11_two_admins_saving_the_same_version_the_second_is_refused() {
        service.change(ChangeFirmIdentityCommand.of(anna.id(), input("First", "", false, "", 0)));

        assertThatThrownBy(() -> service.change(ChangeFirmIdentityCommand.of(anna.id(), input("Second", "", false, "", 0))))
                .isInstanceOf(StaleRecordException.class);
        assertThat(service.identity().orElseThrow().name().value()).isEqualTo("First");
    }

    @Test
    void issue11_each_bad_field_is_named() {
        record Case(String field, ChangeFirmIdentityCommand.Input input) {
        }
        var blank = new ChangeFirmIdentityCommand.Input(" ", "#aa3300", null, "", "", "it", false, "", 0);
        var colour = new ChangeFirmIdentityCommand.Input("S", "blue", null, "", "", "it", false, "", 0);
        var replyTo = new ChangeFirmIdentityCommand.Input("S", "#aa3300", null, "", "not-mail", "it", false, "", 0);
        var language = new ChangeFirmIdentityCommand.Input("S", "#aa3300", null, "", "", "de", false, "", 0);
        var copy = new ChangeFirmIdentityCommand.Input("S", "#aa3300", null, "", "", "it", true, " ", 0);
        var copyAddress = new ChangeFirmIdentityCommand.Input("S", "#aa3300", null, "", "", "it", true, "x@", 0);
        for (Case bad : new Case[] {new Case("firmName", blank), new Case("accentColor", colour), new Case("replyTo", replyTo),
                new Case("language", language), new Case("copyAddress", copy), new Case("copyAddress", copyAddress)}) {
            assertThatThrownBy(() -> ChangeFirmIdentityCommand.of(anna.id(), bad.input()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(bad.field()));
        }
    }

    @Test
    void issue11_an_admin_uploads_replaces_and_removes_the_logo() {
        service.changeLogo(anna.id(), PNG);
        assertThat(service.logo()).contains(FirmLogo.of(PNG));
        assertThat(service.identity().orElseThrow().hasLogo()).isTrue();

        service.removeLogo(anna.id());
        assertThat(service.logo()).isEmpty();
        assertThat(service.identity().orElseThrow().hasLogo()).isFalse();
    }

    @Test
    void issue11_a_file_that_is_no_image_is_refused_and_the_old_logo_stays() {
        service.changeLogo(anna.id(), PNG);

        assertThatThrownBy(() -> service.changeLogo(anna.id(), "<svg/>".getBytes()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("logo"));
        assertThat(service.logo()).contains(FirmLogo.of(PNG));
    }

    @Test
    void issue11_before_setup_there_is_nothing_to_show() {
        var none = new FirmIdentityService(new InMemoryFirms(), new Administrators(staff), new DirectTransactions(),
                MutableClock.startingAt("2026-03-01T09:00:00Z"));
        assertThat(none.identity()).isEqualTo(Optional.empty());
        assertThat(new FirmQueryService(new InMemoryFirms()).isSetUp()).isFalse();
    }
}
