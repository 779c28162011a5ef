package io.portico.domain.email;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Item 4: the subject a reply shares with what it answers, the fallback that threads a message whose
 * References / In-Reply-To name nothing kept. Mail clients prefix replies and forwards in their own language
 * (Re, Fwd, AW, WG, TR, RV, R, I, Rif…), sometimes several times and with a counter ("Re[2]:"); mailing lists
 * put "[tags]" in front. None of that, nor spacing or capitals, tells two conversations apart.
 */
public final class Subjects {

    private static final Pattern PREFIX = Pattern.compile(
            "^(?:(?:re|fwd|fw|aw|wg|tr|rv|r|i|rif|sv|antw)\\s*(?:\\[\\d+]|\\(\\d+\\))?\\s*[:：]|\\[[^\\]]*])\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Subjects() {
    }

    /** The subject without reply/forward prefixes and leading tags, spaces collapsed, in lower case; may be empty. */
    public static String normalise(String subject) {
        String rest = SPACES.matcher(subject).replaceAll(" ").strip();
        String before;
        do {
            before = rest;
            rest = PREFIX.matcher(rest).replaceFirst("");
        } while (!rest.equals(before));
        return rest.toLowerCase(Locale.ROOT);
    }
}
