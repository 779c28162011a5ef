package io.portico.domain.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.Language;
import io.portico.domain.shared.PostalAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FirmIdentityTest {

    private static final EmailAddress REPLY_TO = new EmailAddress("studio@bianchi.it");
    private static final EmailAddress ARCHIVE = new EmailAddress("archivio@bianchi.it");

    private static FirmIdentity identity(Optional<EmailAddress> replyTo, boolean copies, Optional<EmailAddress> copyAddress) {
        return new FirmIdentity(new FirmName("Studio Bianchi"), null, null, null, replyTo, Language.IT, copies, copyAddress, false, 3);
    }

    @Test
    void issue11_a_new_firm_shows_its_name_in_portico_blue_in_english_without_copies() {
        var identity = FirmIdentity.named(new FirmName("Studio Bianchi"));
        assertThat(identity.accent()).isEqualTo(AccentColor.DEFAULT);
        assertThat(identity.accent().value()).isEqualTo("#1d4ed8");
        assertThat(identity.address()).isEqualTo(PostalAddress.NONE);
        assertThat(identity.phone()).isEmpty();
        assertThat(identity.language()).isEqualTo(Language.EN);
        assertThat(identity.copyRecipient()).isEmpty();
        assertThat(identity.hasLogo()).isFalse();
        assertThat(identity.version()).isZero();
    }

    @Test
    void issue11_blank_parts_are_the_defaults() {
        var identity = identity(Optional.empty(), false, Optional.empty());
        assertThat(identity.accent()).isEqualTo(AccentColor.DEFAULT);
        assertThat(identity.address()).isEqualTo(PostalAddress.NONE);
        assertThat(identity.phone()).isEmpty();
        assertThat(new FirmIdentity(new FirmName("S"), null, null, "  ", Optional.empty(), Language.IT, false, Optional.empty(), false, 0)
                .phone()).isEmpty();
    }

    @Test
    void issue11_a_phone_is_kept_and_an_overlong_one_refused_naming_the_field() {
        assertThat(new FirmIdentity(new FirmName("S"), null, null, "+39 02 1234", Optional.empty(), Language.IT, false,
                Optional.empty(), false, 0).phone()).isEqualTo("+39 02 1234");
        assertThatThrownBy(() -> new FirmIdentity(new FirmName("S"), null, null, "1".repeat(51), Optional.empty(), Language.IT, false,
                Optional.empty(), false, 0)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("phone"));
        assertThat(new FirmIdentity(new FirmName("S"), null, null, "1".repeat(50), Optional.empty(), Language.IT, false,
                Optional.empty(), false, 0).phone()).hasSize(50);
    }

    @Test
    void C4_the_copy_goes_to_the_copy_address_else_the_reply_to_and_only_while_on() {
        assertThat(identity(Optional.of(REPLY_TO), true, Optional.of(ARCHIVE)).copyRecipient()).contains(ARCHIVE);
        assertThat(identity(Optional.of(REPLY_TO), true, Optional.empty()).copyRecipient()).contains(REPLY_TO);
        assertThat(identity(Optional.of(REPLY_TO), false, Optional.of(ARCHIVE)).copyRecipient()).isEmpty();
    }

    @Test
    void C4_copies_on_with_no_address_to_send_them_to_is_refused_naming_the_copy_address() {
        assertThatThrownBy(() -> identity(Optional.empty(), true, Optional.empty()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("copyAddress");
                    assertThat(e.messageKey()).isEqualTo("firm.copy-address-required");
                });
        assertThat(identity(Optional.empty(), true, Optional.of(ARCHIVE)).copyRecipient()).contains(ARCHIVE);
    }

    @Test
    void the_logo_flag_and_the_version_change_alone() {
        var identity = identity(Optional.of(REPLY_TO), true, Optional.of(ARCHIVE));
        assertThat(identity.withLogo(true)).isEqualTo(new FirmIdentity(identity.name(), identity.accent(), identity.address(),
                identity.phone(), identity.replyTo(), identity.language(), true, identity.copyAddress(), true, 3));
        assertThat(identity.withVersion(4).version()).isEqualTo(4);
        assertThat(identity.withVersion(4).withVersion(3)).isEqualTo(identity);
    }
}
