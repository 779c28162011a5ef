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
record Scrub(List<String> patterns, List<String> pseudonyms) {

    static Scrub of(List<Person> people, Map<String, String> accountNames) {
        List<String> patterns = new ArrayList<>();
        List<String> pseudonyms = new ArrayList<>();
        people.forEach(person -> {
            add(patterns, pseudonyms, literal(person.fullName()), person.pseudonym());
            add(patterns, pseudonyms, literal(person.lastName() + " " + person.firstName()), person.pseudonym());
            person.emails().forEach(email -> add(patterns, pseudonyms, literal(email), person.pseudonym()));
            if (!person.phone().isBlank()) {
                add(patterns, pseudonyms, literal(person.phone().strip()), person.pseudonym());
            }
        });
        accountNames.forEach((name, pseudonym) -> add(patterns, pseudonyms, literal(name), pseudonym));
        people.forEach(person -> {
            add(patterns, pseudonyms, word(person.lastName()), person.pseudonym());
            add(patterns, pseudonyms, word(person.firstName()), person.pseudonym());
        });
        return new Scrub(List.copyOf(patterns), List.copyOf(pseudonyms));
    }

    private static void add(List<String> patterns, List<String> pseudonyms, String pattern, String pseudonym) {
        if (!patterns.contains(pattern)) {
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
