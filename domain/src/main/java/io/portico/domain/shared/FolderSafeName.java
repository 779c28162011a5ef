package io.portico.domain.shared;

/**
 * A4: names become folder names (documents are filed by client), so they must be valid Windows
 * folder names: none of {@code \ / : * ? " < > |}, no control characters, no trailing dot or space.
 */
public final class FolderSafeName {

    private static final String FORBIDDEN = "\\/:*?\"<>|";

    private FolderSafeName() {
    }

    /**
     * The name trimmed of leading blanks, or a refusal naming the field, the character and its
     * 1-based position in what was typed.
     */
    public static String check(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "input.required");
        }
        String name = value.stripLeading();
        int offset = value.length() - name.length();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (FORBIDDEN.indexOf(c) >= 0) {
                throw new InvalidInputException(field, "name.forbidden-character", String.valueOf(c), offset + i + 1);
            }
            if (Character.isISOControl(c)) {
                throw new InvalidInputException(field, "name.control-character", offset + i + 1);
            }
        }
        char last = name.charAt(name.length() - 1);
        if (last == '.' || Character.isWhitespace(last) || Character.isSpaceChar(last)) {
            throw new InvalidInputException(field, "name.trailing-dot-or-space");
        }
        if (name.length() > maxLength) {
            throw new InvalidInputException(field, "input.too-long", maxLength);
        }
        return name;
    }
}
