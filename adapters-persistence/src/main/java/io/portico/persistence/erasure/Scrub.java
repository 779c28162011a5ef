package io.portico.persistence.erasure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The regular expressions (PostgreSQL's, matched ignoring case) that find a person's names, addresses and phone in
 * text kept after the erasure, each with the pseudonym that replaces it; applied by the {@code erasure_scrub}
 * function of V55. Longer mentions come first, so "Mario Rossi" becomes one pseudonym, not two.
 */
record Scrub(List<String> needles, List<String> patterns, List<String> pseudonyms) {

    static Scrub of(List<Person> people, Map<String, String> accountNames) {
        List<String> needles = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        List<String> pseudonyms = new ArrayList<>();
        people.forEach(person -> {
            add(needles, patterns, pseudonyms, person.fullName(), false, person.pseudonym());
            add(needles, patterns, pseudonyms, person.lastName() + " " + person.firstName(), false, person.pseudonym());
            person.emails().forEach(email -> add(needles, patterns, pseudonyms, email, false, person.pseudonym()));
            if (!person.phone().isBlank()) {
                add(needles, patterns, pseudonyms, person.phone().strip(), false, person.pseudonym());
            }
        });
        accountNames.forEach((name, pseudonym) -> add(needles, patterns, pseudonyms, name, false, pseudonym));
        people.forEach(person -> {
            add(needles, patterns, pseudonyms, person.lastName(), true, person.pseudonym());
            add(needles, patterns, pseudonyms, person.firstName(), true, person.pseudonym());
        });
        return new Scrub(List.copyOf(needles), List.copyOf(patterns), List.copyOf(pseudonyms));
    }

    private static void add(List<String> needles, List<String> patterns, List<String> pseudonyms, String text, boolean whole, String pseudonym) {
        String pattern = whole ? word(text) : literal(text);
        if (!text.isBlank() && !patterns.contains(pattern)) {
            needles.add(text.strip().toLowerCase(Locale.ROOT));
            patterns.add(pattern);
            pseudonyms.add(pseudonym);
        }
    }

    /** The text itself: every character but letters and digits escaped (a backslash before one is taken literally). */
    static String literal(String text) {
        return text.strip().codePoints().mapToObj(c -> Character.isLetterOrDigit(c) ? Character.toString(c) : "\\" + Character.toString(c))
                .collect(Collectors.joining());
    }

    /** A bare name only as a whole word, so "Rosa" does not touch "Rosanna". */
    static String word(String text) {
        return "\\m" + literal(text) + "\\M";
    }

    String[] needleArray() {
        return needles.toArray(String[]::new);
    }

    String[] patternArray() {
        return patterns.toArray(String[]::new);
    }

    String[] pseudonymArray() {
        return pseudonyms.toArray(String[]::new);
    }

    /** One expression matching any of them: a cheap test of whether a row needs scrubbing at all. */
    String any() {
        return patterns.isEmpty() ? "(?!)" : patterns.stream().map(p -> "(" + p + ")").collect(Collectors.joining("|"));
    }

    /** Exact subjects history entries name a person by (a full name, an address), for its indexed lookup. */
    static String[] subjects(List<Person> people) {
        return people.stream().flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p.fullName()),
                        p.emails().stream().flatMap(e -> java.util.stream.Stream.of(e, e.toLowerCase(Locale.ROOT)))))
                .distinct().toArray(String[]::new);
    }
}
