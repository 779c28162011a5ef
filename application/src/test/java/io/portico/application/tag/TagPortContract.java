package io.portico.application.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.tag.port.out.TagPort;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagColor;
import io.portico.domain.tag.TagId;
import io.portico.domain.tag.TagScope;
import org.junit.jupiter.api.Test;

/** What every {@link TagPort} does; each test starts with no tags. */
public abstract class TagPortContract {

    protected abstract TagPort tags();

    protected static Tag tag(TagScope scope, String name) {
        return Tag.create(scope, name, new TagColor("#1e88e5"));
    }

    @Test
    void A5_tags_are_kept_per_scope_sorted_by_name_whatever_the_capitals() {
        Tag vip = tag(TagScope.ACCOUNT, "VIP");
        Tag annual = tag(TagScope.ACCOUNT, "annual filing");
        Tag signer = tag(TagScope.CONTACT, "Signer");
        tags().add(vip);
        tags().add(annual);
        tags().add(signer);

        assertThat(tags().all(TagScope.ACCOUNT)).containsExactly(annual, vip);
        assertThat(tags().all(TagScope.CONTACT)).containsExactly(signer);
        assertThat(tags().find(vip.id())).contains(vip);
        assertThat(tags().find(TagId.random())).isEmpty();
    }

    @Test
    void A5_a_name_is_unique_within_its_scope_only() {
        tags().add(tag(TagScope.ACCOUNT, "VIP"));
        assertThatThrownBy(() -> tags().add(tag(TagScope.ACCOUNT, "vip")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("tagName");
                    assertThat(e.messageKey()).isEqualTo("tag.name-taken");
                });
        tags().add(tag(TagScope.CONTACT, "VIP"));
        assertThat(tags().all(TagScope.CONTACT)).extracting(Tag::name).containsExactly("VIP");
    }

    @Test
    void G3_a_tag_is_renamed_and_recoloured_but_not_onto_another_tags_name() {
        Tag vip = tag(TagScope.ACCOUNT, "VIP");
        Tag other = tag(TagScope.ACCOUNT, "Payroll");
        tags().add(vip);
        tags().add(other);

        Tag renamed = vip.renamed("Key client", new TagColor("#e53935"));
        tags().update(renamed);
        assertThat(tags().find(vip.id())).contains(renamed);

        assertThatThrownBy(() -> tags().update(renamed.renamed("PAYROLL", renamed.color())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("tag.name-taken"));
        assertThatThrownBy(() -> tags().update(tag(TagScope.ACCOUNT, "Ghost")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("tag.not-found"));
    }

    @Test
    void G3_a_deleted_tag_is_gone() {
        Tag vip = tag(TagScope.ACCOUNT, "VIP");
        tags().add(vip);
        tags().delete(vip.id());
        tags().delete(TagId.random());
        assertThat(tags().all(TagScope.ACCOUNT)).isEmpty();
    }
}
