package io.portico.application.contact;

import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.shared.port.out.LoadFirmIdentityPort;
import io.portico.domain.firm.FirmIdentity;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.Language;
import java.util.Locale;
import java.util.Optional;

/**
 * Issue 11, item 3: the language a mail to a client's address is written in — its contact's, else the firm's.
 * An address no contact has yet (a sign-up before it is confirmed) gets the language the client used on the page.
 */
public final class ContactLanguages {

    private final ContactPort contacts;
    private final LoadFirmIdentityPort firm;

    public ContactLanguages(ContactPort contacts, LoadFirmIdentityPort firm) {
        this.contacts = contacts;
        this.firm = firm;
    }

    /** @param page the language of the page the client used, if a client's action causes the mail */
    public Language of(EmailAddress address, Optional<Locale> page) {
        Language firms = firmLanguage();
        return contacts.findByEmail(address).map(contact -> contact.mailLanguage(firms))
                .or(() -> page.map(Language::orEnglish))
                .orElse(firms);
    }

    public Language firmLanguage() {
        return firm.identity().map(FirmIdentity::language).orElse(Language.EN);
    }
}
