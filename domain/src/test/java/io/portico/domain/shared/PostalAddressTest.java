package io.portico.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostalAddressTest {

    @Test
    void every_part_is_optional_and_a_blank_one_is_stored_empty() {
        var blank = new PostalAddress(null, " ", "", null, "\t");
        assertThat(blank).isEqualTo(PostalAddress.NONE);
        assertThat(blank.isEmpty()).isTrue();
    }

    @Test
    void parts_are_trimmed_and_any_part_makes_the_address_not_empty() {
        var rome = new PostalAddress(" Via Roma 1 ", "00100 ", " Roma", "RM", " IT ");
        assertThat(rome).isEqualTo(new PostalAddress("Via Roma 1", "00100", "Roma", "RM", "IT"));
        assertThat(rome.isEmpty()).isFalse();
        assertThat(new PostalAddress("", "", "", "", "IT").isEmpty()).isFalse();
    }

    @Test
    void a_part_longer_than_200_characters_is_refused_naming_it() {
        assertThatThrownBy(() -> new PostalAddress("", "", "x".repeat(201), "", ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("city");
                    assertThat(e.messageKey()).isEqualTo("input.too-long");
                });
    }
}
