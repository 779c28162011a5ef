package io.portico.mail.imap;

import jakarta.mail.internet.MimeUtility;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Item 3: text in the charset a part declares; when it declares none, an unknown one or US-ASCII (often written
 * by clients that then send 8-bit text), UTF-8 if the bytes are valid UTF-8, else ISO-8859-1 — which decodes any
 * bytes, so a message is never lost to its charset.
 */
final class LenientCharsets {

    private LenientCharsets() {
    }

    static String decode(byte[] bytes, String declared) {
        Optional<Charset> charset = known(declared);
        if (charset.isPresent()) {
            return new String(bytes, charset.get());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static Optional<Charset> known(String declared) {
        if (declared == null || declared.isBlank()) {
            return Optional.empty();
        }
        String name = declared.strip();
        try {
            // Checked before MimeUtility's aliases, which read US-ASCII as ISO-8859-1.
            if (Charset.forName(name).equals(StandardCharsets.US_ASCII)) {
                return Optional.empty();
            }
        } catch (IllegalArgumentException e) {
            // not a Java name: maybe a MIME alias, below
        }
        try {
            return Optional.of(Charset.forName(MimeUtility.javaCharset(name)));
        } catch (IllegalArgumentException e) { // an illegal or unsupported charset name
            return Optional.empty();
        }
    }
}
