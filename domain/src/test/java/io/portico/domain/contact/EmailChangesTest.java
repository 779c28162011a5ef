package io.portico.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.domain.contact.EmailChanges.Changed;
import io.portico.domain.shared.EmailAddress;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EmailChangesTest {

    @Test
    void B5_an_address_edited_in_place_is_one_address_changed() {
        var changes = EmailChanges.between(emails("a@x.it", "b@x.it"), emails("a@x.it", "c@x.it"));

        assertThat(changes.changed()).containsExactly(new Changed(email("b@x.it"), email("c@x.it")));
        assertThat(changes.removed()).isEmpty();
    }

    @Test
    void B5_an_address_replaced_by_one_at_another_place_is_changed_too() {
        var changes = EmailChanges.between(emails("a@x.it", "b@x.it"), emails("c@x.it", "a@x.it"));

        assertThat(changes.changed()).containsExactly(new Changed(email("b@x.it"), email("c@x.it")));
    }

    @Test
    void B5_several_changes_pair_in_list_order() {
        var changes = EmailChanges.between(emails("a@x.it", "b@x.it", "k@x.it"), emails("k@x.it", "c@x.it", "d@x.it"));

        assertThat(changes.changed()).containsExactly(new Changed(email("a@x.it"), email("c@x.it")),
                new Changed(email("b@x.it"), email("d@x.it")));
    }

    @Test
    void B8_an_address_gone_without_a_new_one_is_removed() {
        var changes = EmailChanges.between(emails("a@x.it", "b@x.it"), emails("b@x.it"));

        assertThat(changes.changed()).isEmpty();
        assertThat(changes.removed()).containsExactly(email("a@x.it"));
        assertThat(changes.gone()).containsExactly(email("a@x.it"));
    }

    @Test
    void more_new_addresses_than_gone_ones_leave_the_rest_simply_added() {
        var changes = EmailChanges.between(emails("a@x.it"), emails("c@x.it", "d@x.it"));

        assertThat(changes.changed()).containsExactly(new Changed(email("a@x.it"), email("c@x.it")));
        assertThat(changes.removed()).isEmpty();
    }

    @Test
    void other_capitals_are_the_same_address() {
        assertThat(EmailChanges.between(emails("Mario@x.it"), emails("mario@x.it")).none()).isTrue();
    }

    private static ContactEmails emails(String... addresses) {
        return new ContactEmails(Arrays.stream(addresses).map(EmailAddress::new).toList());
    }

    private static EmailAddress email(String address) {
        return new EmailAddress(address);
    }

    @Test
    void B5_changing_only_the_capitals_of_an_address_changes_nothing() {
        assertThat(EmailChanges.between(emails("a@x.it"), emails("A@X.IT")).none()).isTrue();
        assertThat(EmailChanges.between(emails("a@x.it", "b@x.it"), emails("a@x.it")).none()).isFalse();
        assertThat(EmailChanges.between(emails("a@x.it"), emails("c@x.it")).none()).isFalse();
    }
}
