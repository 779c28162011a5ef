package io.portico.domain.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void issue10_6_enrolment_makes_ten_different_codes() {
        var codes = RecoveryCodes.generate(new SecureRandom());
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(codes).allMatch(code -> code.matches("[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}"));
    }

    @Test
    void issue10_6_codes_are_stored_as_sha256_never_as_typed() {
        String hash = RecoveryCodes.hash("ABCD-EFGH-JKLM-NPQR");
        assertThat(hash).matches("[0-9a-f]{64}").doesNotContain("ABCD");
        assertThat(hash).isEqualTo("7cf629bb82226bfb6356859edb341b8f36a74d8997c4fe385dbef6dc85c5c4bb"); // sha256 of ABCDEFGHJKLMNPQR
        assertThat(RecoveryCodes.hash("ABCD-EFGH-JKLM-NPQS")).isNotEqualTo(hash);
    }

    @Test
    void capitals_spaces_and_dashes_as_typed_do_not_matter() {
        String hash = RecoveryCodes.hash("ABCD-EFGH-JKLM-NPQR");
        assertThat(RecoveryCodes.hash(" abcd efgh-jklm npqr ")).isEqualTo(hash);
        assertThat(RecoveryCodes.hash("ABCDEFGHJKLMNPQR")).isEqualTo(hash);
        assertThat(RecoveryCodes.hash(null)).isEqualTo(RecoveryCodes.hash(""));
    }

    @Test
    void a_recovery_code_is_told_apart_from_six_digits() {
        assertThat(RecoveryCodes.looksLikeOne("abcd-efgh-jklm-npqr")).isTrue();
        assertThat(RecoveryCodes.looksLikeOne("ABCDEFGHJKLMNPQ")).isFalse();
        assertThat(RecoveryCodes.looksLikeOne("ABCDEFGHJKLMNPQRS")).isFalse();
        assertThat(RecoveryCodes.looksLikeOne("123456")).isFalse();
        assertThat(RecoveryCodes.looksLikeOne(null)).isFalse();
    }

    @Test
    void codes_differ_between_enrolments() {
        var seen = new HashSet<String>(RecoveryCodes.generate(new SecureRandom()));
        assertThat(RecoveryCodes.generate(new SecureRandom())).noneMatch(seen::contains);
    }
}
