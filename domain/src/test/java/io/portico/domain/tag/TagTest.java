package io.portico.domain.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class TagTest {

    @Test
    void A5_a_tag_has_a_trimmed_name_and_a_hex_colour() {
        Tag tag = Tag.create(TagScope.ACCOUNT, "  VIP ", new TagColor("#1E88E5"));
        assertThat(tag.name()).isEqualTo("VIP");
        assertThat(tag.color().value()).isEqualTo("#1e88e5");
    }

    @Test
    void A5_a_tag_needs_a_name_and_a_colour_that_is_a_colour() {
        assertThatThrownBy(() -> Tag.create(TagScope.CONTACT, " ", new TagColor("#000000")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("tagName");
                    assertThat(e.messageKey()).isEqualTo("input.required");
                });
        assertThatThrownBy(() -> new TagColor("red"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("tagColor");
                    assertThat(e.messageKey()).isEqualTo("tag.color-invalid");
                });
    }

    @Test
    void A5_renaming_and_recolouring_keep_the_tag_and_its_scope() {
        Tag tag = Tag.create(TagScope.CONTACT, "Decision maker", new TagColor("#000000"));
        Tag changed = tag.renamed("Signer", new TagColor("#ff0000"));
        assertThat(changed.id()).isEqualTo(tag.id());
        assertThat(changed.scope()).isEqualTo(TagScope.CONTACT);
        assertThat(changed.name()).isEqualTo("Signer");
    }
}
