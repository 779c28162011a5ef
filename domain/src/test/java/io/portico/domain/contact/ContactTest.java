package io.portico.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.tag.TagId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactTest {

    private final ContactName mario = new ContactName("Mario", "Rossi");
    private final ContactEmails emails = new ContactEmails(List.of(new EmailAddress("mario@rossi.it")));

    @Test
    void details_left_out_are_empty_and_the_phone_is_trimmed() {
        var contact = new Contact(ContactId.random(), mario, emails, null, null, null, null, 0);
        assertThat(contact.phone()).isEmpty();
        assertThat(contact.address()).isEqualTo(PostalAddress.NONE);
        assertThat(contact.tags()).isEmpty();
        assertThat(contact.customValues()).isEmpty();

        assertThat(Contact.create(mario, emails, " +39 06 123 ", PostalAddress.NONE).phone()).isEqualTo("+39 06 123");
    }

    @Test
    void A5_A7_changing_tags_and_values_or_the_version_keeps_everything_else() {
        var address = new PostalAddress("Via Roma 1", "", "Roma", "", "");
        var tag = TagId.random();
        var field = CustomFieldId.random();
        var contact = Contact.create(mario, emails, "06 123", address);

        var detailed = contact.withDetails(Set.of(tag), Map.of(field, "42")).withVersion(3);

        assertThat(detailed).isEqualTo(new Contact(contact.id(), mario, emails, "06 123", address, Set.of(tag), Map.of(field, "42"), 3));
    }

    @Test
    void the_first_address_is_the_primary_one() {
        var two = new ContactEmails(List.of(new EmailAddress("mario@rossi.it"), new EmailAddress("m@gmail.com")));
        assertThat(two.primary()).contains(new EmailAddress("mario@rossi.it"));
        assertThat(ContactEmails.NONE.primary()).isEmpty();
    }

    @Test
    void issue11_a_contact_is_written_to_in_its_own_language_else_the_firms() {
        var contact = Contact.create(mario, emails, "", PostalAddress.NONE);
        assertThat(contact.language()).isEmpty();
        assertThat(contact.mailLanguage(io.portico.domain.shared.Language.FR)).isEqualTo(io.portico.domain.shared.Language.FR);

        var romanian = contact.withLanguage(java.util.Optional.of(io.portico.domain.shared.Language.RO));
        assertThat(romanian.mailLanguage(io.portico.domain.shared.Language.FR)).isEqualTo(io.portico.domain.shared.Language.RO);
        assertThat(romanian.withDetails(Set.of(), Map.of()).withVersion(2).language()).contains(io.portico.domain.shared.Language.RO);
        assertThat(new Contact(contact.id(), mario, emails, "", PostalAddress.NONE, Set.of(), Map.of(), null, 0).language()).isEmpty();
    }
}
