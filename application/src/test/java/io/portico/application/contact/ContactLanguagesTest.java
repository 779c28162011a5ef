package io.portico.application.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.firm.InMemoryFirms;
import io.portico.domain.contact.Contact;
import io.portico.domain.firm.Firm;
import io.portico.domain.firm.FirmId;
import io.portico.domain.firm.FirmIdentity;
import io.portico.domain.firm.FirmName;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.Language;
import io.portico.domain.staff.StaffId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 11, item 3: which language a mail to a client's address is written in. */
class ContactLanguagesTest {

    private static final StaffId ANNA = StaffId.random();
    private static final EmailAddress MARIO = new EmailAddress("mario@rossi.it");
    private static final EmailAddress STRANGER = new EmailAddress("new@client.it");

    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryFirms firms = new InMemoryFirms();
    private final ContactLanguages languages = new ContactLanguages(contacts, firms);
    private Contact mario;

    @BeforeEach
    void firmInFrench() {
        firms.create(new Firm(FirmId.random(), new FirmName("Cabinet Dupont"), AccountFixtures.NOW));
        FirmIdentity identity = firms.identity().orElseThrow();
        firms.save(new FirmIdentity(identity.name(), null, null, "", Optional.empty(), Language.FR, false, Optional.empty(), false,
                identity.version()), ANNA, AccountFixtures.NOW);
        mario = AccountFixtures.contact(contacts, ANNA, "Mario", "Rossi", MARIO.value());
    }

    @Test
    void issue11_a_contact_without_a_language_gets_the_firms_whatever_page_the_client_used() {
        assertThat(languages.of(MARIO, Optional.empty())).isEqualTo(Language.FR);
        assertThat(languages.of(MARIO, Optional.of(Locale.ITALIAN))).isEqualTo(Language.FR);
    }

    @Test
    void issue11_a_contacts_own_language_wins() {
        contacts.update(mario.withLanguage(Optional.of(Language.RO)), ANNA, AccountFixtures.NOW);
        assertThat(languages.of(MARIO, Optional.of(Locale.ITALIAN))).isEqualTo(Language.RO);
    }

    @Test
    void issue11_an_address_no_contact_has_gets_the_language_of_the_clients_page_else_the_firms() {
        assertThat(languages.of(STRANGER, Optional.of(Locale.ITALY))).isEqualTo(Language.IT);
        assertThat(languages.of(STRANGER, Optional.of(Locale.GERMAN))).isEqualTo(Language.EN);
        assertThat(languages.of(STRANGER, Optional.empty())).isEqualTo(Language.FR);
    }

    @Test
    void issue11_before_setup_the_firms_language_is_english() {
        assertThat(new ContactLanguages(contacts, new InMemoryFirms()).of(STRANGER, Optional.empty())).isEqualTo(Language.EN);
        assertThat(languages.firmLanguage()).isEqualTo(Language.FR);
    }
}
