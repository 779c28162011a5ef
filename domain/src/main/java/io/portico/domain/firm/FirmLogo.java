package io.portico.domain.firm;

import io.portico.domain.shared.InvalidInputException;
import java.util.Arrays;
import java.util.Objects;

/**
 * The firm's logo: a PNG, JPEG, GIF or WebP image of at most {@value #MAX_BYTES} bytes. The type is taken from
 * the file's first bytes, not from what the browser claimed, as the logo is served publicly from our origin
 * (no SVG: it can carry scripts).
 */
public record FirmLogo(String contentType, byte[] content) {

    public static final int MAX_BYTES = 512 * 1024;

    public FirmLogo {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }

    /** @throws InvalidInputException on field {@code logo} when the file is empty, too big or not an image of those types */
    public static FirmLogo of(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("logo", "input.required");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("logo", "firm.logo-too-big", MAX_BYTES / 1024);
        }
        return new FirmLogo(typeOf(content), content.clone());
    }

    private static String typeOf(byte[] content) {
        if (startsWith(content, 0, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (startsWith(content, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(content, 0, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (startsWith(content, 0, 'R', 'I', 'F', 'F') && startsWith(content, 8, 'W', 'E', 'B', 'P')) {
            return "image/webp";
        }
        throw new InvalidInputException("logo", "firm.logo-type");
    }

    private static boolean startsWith(byte[] content, int offset, int... expected) {
        if (content.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((content[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FirmLogo logo && contentType.equals(logo.contentType) && Arrays.equals(content, logo.content);
    }

    @Override
    public int hashCode() {
        return 31 * contentType.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "FirmLogo[" + contentType + ", " + content.length + " bytes]";
    }
}
