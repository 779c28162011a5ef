package io.portico.domain.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FirmLogoTest {

    private static byte[] bytes(int size, int... start) {
        byte[] content = new byte[size];
        for (int i = 0; i < start.length; i++) {
            content[i] = (byte) start[i];
        }
        return content;
    }

    @Test
    void issue11_the_type_comes_from_the_files_first_bytes() {
        assertThat(FirmLogo.of(bytes(16, 0x89, 'P', 'N', 'G')).contentType()).isEqualTo("image/png");
        assertThat(FirmLogo.of(bytes(16, 0xFF, 0xD8, 0xFF)).contentType()).isEqualTo("image/jpeg");
        assertThat(FirmLogo.of(bytes(16, 'G', 'I', 'F', '8')).contentType()).isEqualTo("image/gif");
        assertThat(FirmLogo.of(bytes(16, 'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P')).contentType()).isEqualTo("image/webp");
    }

    @Test
    void issue11_svg_text_and_near_misses_are_refused_naming_the_logo() {
        for (byte[] content : new byte[][] {"<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8),
                bytes(16, 0x89, 'P', 'N', 'X'), bytes(16, 0xFF, 0xD8, 0x00), bytes(16, 'G', 'I', 'F', '7'),
                bytes(16, 'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'A', 'V', 'E'), bytes(3, 0x89, 'P', 'N'), bytes(10, 'R', 'I', 'F', 'F')}) {
            assertThatThrownBy(() -> FirmLogo.of(content)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.field()).isEqualTo("logo");
                assertThat(e.messageKey()).isEqualTo("firm.logo-type");
            });
        }
    }

    @Test
    void issue11_a_logo_is_at_most_512_KB() {
        assertThat(FirmLogo.of(bytes(FirmLogo.MAX_BYTES, 0x89, 'P', 'N', 'G')).content()).hasSize(512 * 1024);
        assertThatThrownBy(() -> FirmLogo.of(bytes(FirmLogo.MAX_BYTES + 1, 0x89, 'P', 'N', 'G')))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("logo");
                    assertThat(e.messageKey()).isEqualTo("firm.logo-too-big");
                    assertThat(e.arguments()).containsExactly(512);
                });
    }

    @Test
    void issue11_an_empty_file_is_no_logo() {
        assertThatThrownBy(() -> FirmLogo.of(new byte[0])).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("input.required"));
        assertThatThrownBy(() -> FirmLogo.of(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void logos_are_equal_by_type_and_bytes_and_keep_their_own_copy() {
        byte[] content = bytes(8, 0x89, 'P', 'N', 'G');
        FirmLogo logo = FirmLogo.of(content);
        content[7] = 1;
        assertThat(logo.content()[7]).isZero();
        assertThat(logo).isEqualTo(FirmLogo.of(bytes(8, 0x89, 'P', 'N', 'G'))).hasSameHashCodeAs(FirmLogo.of(bytes(8, 0x89, 'P', 'N', 'G')));
        assertThat(logo).isNotEqualTo(FirmLogo.of(bytes(9, 0x89, 'P', 'N', 'G'))).isNotEqualTo(new FirmLogo("image/gif", logo.content()))
                .isNotEqualTo("logo");
        assertThat(logo.toString()).isEqualTo("FirmLogo[image/png, 8 bytes]");
        assertThat(Arrays.equals(logo.content(), bytes(8, 0x89, 'P', 'N', 'G'))).isTrue();
    }
}
