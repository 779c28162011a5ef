package io.portico.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final PasswordContext ALONE = PasswordContext.passwordOnly();
    private static final PasswordContext WITH_SECOND_FACTOR = PasswordContext.withSecondFactor();

    @Test
    void issue10_9_a_password_alone_needs_15_characters() {
        assertRefused("fourteen chars", ALONE, "password.too-short");
        assertThatThrownBy(() -> PasswordPolicy.check("password", "fourteen chars", ALONE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.arguments()).containsExactly(15);
                });
        assertAccepted("fifteen chars!!", ALONE);
    }

    @Test
    void issue10_9_beside_a_second_factor_8_characters_are_enough() {
        assertRefused("seven c", WITH_SECOND_FACTOR, "password.too-short");
        assertThatThrownBy(() -> PasswordPolicy.check("password", "seven c", WITH_SECOND_FACTOR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.arguments()).containsExactly(8));
        assertAccepted("eight ch", WITH_SECOND_FACTOR);
    }

    @Test
    void issue10_9_the_shortest_length_follows_the_factors() {
        assertThat(PasswordPolicy.minLength(ALONE)).isEqualTo(15);
        assertThat(PasswordPolicy.minLength(WITH_SECOND_FACTOR)).isEqualTo(8);
    }

    @Test
    void a_missing_password_is_too_short() {
        assertRefused(null, WITH_SECOND_FACTOR, "password.too-short");
    }

    @Test
    void issue10_9_length_counts_characters_after_normalisation_not_code_units() {
        // 15 emoji are 30 UTF-16 units; "ﬃ" (one ligature) becomes "ffi" (three characters) under NFKC
        assertAccepted("🙂🐱🌵🎲🚲🍋🎈🧩🪁🦉🌙🧲🎻🥝🪴", ALONE);
        assertAccepted("ﬃ" + "quiet lakes!", ALONE);
        assertRefused("ﬃ" + "quiet lakes", ALONE, "password.too-short");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password1234", "QWERTYUIOP123", "iloveyou1234", "aaaaaaaaaaaaaaa", "abababababababab",
            "abcdefghijklmnop", "zyxwvutsrqponmlk"})
    void G1_the_most_common_and_trivial_passwords_are_refused(String common) {
        assertRefused(common, WITH_SECOND_FACTOR, "password.too-common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "12345678", "iloveyou", "sunshine", "football", "baseball1", "PASSWORD1"})
    void issue10_9_passwords_of_the_top_100000_list_are_refused_case_insensitively(String common) {
        assertRefused(common, WITH_SECOND_FACTOR, "password.too-common");
    }

    @Test
    void issue10_9_the_list_is_compared_after_nfkc_normalisation() {
        // full-width letters are the same password to a person typing on another keyboard
        assertRefused("ｐａｓｓｗｏｒｄ", WITH_SECOND_FACTOR, "password.too-common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery", "all lowercase words here", "tax season never ends"})
    void G1_no_composition_rules_a_long_uncommon_passphrase_is_accepted(String passphrase) {
        assertAccepted(passphrase, ALONE);
    }

    @Test
    void very_long_passwords_are_refused_to_bound_hashing_work() {
        assertRefused("x".repeat(60) + "y".repeat(69), ALONE, "input.too-long");
    }

    @Test
    void issue10_9_a_password_of_exactly_128_characters_is_accepted() {
        assertAccepted("tax season ".repeat(11) + "is over", ALONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"acegikmoqsuwyac", "abcdefghijklmnx", "xbcdefghijklmno"})
    void G1_a_password_that_only_looks_like_a_run_is_accepted(String almostRun) {
        assertAccepted(almostRun, ALONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Studio Bianchi rules", "my name is giuliana", "welcome ROSSI forever", "marco.p loves tax"})
    void issue10_9_context_words_within_the_password_are_refused(String password) {
        PasswordContext context = PasswordContext.passwordOnly("Studio Bianchi & Co", "Giuliana", "Rossi", "marco.p@example.com");
        assertRefused(password, context, "password.personal");
    }

    @Test
    void issue10_9_a_password_equal_to_a_context_word_is_refused() {
        assertRefused("Giulianagiuliana", PasswordContext.passwordOnly("giulianagiuliana"), "password.personal");
    }

    @Test
    void issue10_9_context_words_are_compared_after_nfkc_and_case_folding() {
        assertRefused("the ＲＯＳＳＩ family tax", PasswordContext.passwordOnly("rossi"), "password.personal");
        assertRefused("the rossi family tax", PasswordContext.passwordOnly("ＲＯＳＳＩ"), "password.personal");
    }

    @Test
    void issue10_9_short_name_parts_and_the_addresses_domain_are_not_context_words() {
        PasswordContext context = PasswordContext.passwordOnly("Bo Li", "Acme srl", "jo@example.com");
        assertThat(context.words()).containsExactly("acme");
        assertAccepted("bo li and jo at example", context);
    }

    @Test
    void of_an_address_only_the_part_before_its_last_at_sign_counts() {
        assertThat(PasswordContext.passwordOnly("@example.com").words()).isEmpty();
        assertThat(PasswordContext.passwordOnly("\"odd@name\"@example.com").words()).containsExactly("name");
    }

    @Test
    void a_word_of_exactly_four_characters_counts() {
        assertThat(PasswordContext.passwordOnly("Anna").words()).containsExactly("anna");
        assertThat(PasswordContext.passwordOnly("Ann").words()).isEmpty();
    }

    @Test
    void unknown_values_are_skipped_and_more_words_can_be_added() {
        PasswordContext context = PasswordContext.withSecondFactor(null, "Verdi").and(null, "Studio Neri");
        assertThat(context.secondFactor()).isTrue();
        assertThat(context.words()).containsExactly("verdi", "studio", "neri");
        assertThat(PasswordContext.passwordOnly("Verdi").and("Neri").secondFactor()).isFalse();
    }

    @Test
    void issue10_9_normalise_gives_the_nfkc_form() {
        assertThat(PasswordPolicy.normalise("ｐａｓｓ ﬃ")).isEqualTo("pass ffi");
        assertThat(PasswordPolicy.normalise("Café")).isEqualTo("Café");
    }

    private static void assertRefused(String password, PasswordContext context, String messageKey) {
        assertThatThrownBy(() -> PasswordPolicy.check("password", password, context))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.messageKey()).isEqualTo(messageKey);
                });
    }

    private static void assertAccepted(String password, PasswordContext context) {
        assertThatCode(() -> PasswordPolicy.check("password", password, context)).doesNotThrowAnyException();
    }
}
