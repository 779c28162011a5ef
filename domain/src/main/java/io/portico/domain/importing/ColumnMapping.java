package io.portico.domain.importing;

import io.portico.domain.shared.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A10: what each column of a file is imported as, one target per column in the header's order. A field
 * other than {@link ImportField#EMAIL} comes from one column at most, a custom field likewise, and a contact
 * needs its names: first and last name must be mapped.
 */
public record ColumnMapping(List<ColumnTarget> columns) {

    public ColumnMapping {
        columns = List.copyOf(columns);
        Set<ColumnTarget> seen = new HashSet<>();
        for (ColumnTarget target : columns) {
            if (!target.field().repeatable() && !seen.add(target)) {
                throw new InvalidInputException("mapping", "import.mapping.twice", target.code());
            }
        }
        for (ImportField required : List.of(ImportField.FIRST_NAME, ImportField.LAST_NAME)) {
            if (!seen.contains(ColumnTarget.of(required))) {
                throw new InvalidInputException("mapping", "import.mapping.required", required.name());
            }
        }
    }

    public List<String> codes() {
        return columns.stream().map(ColumnTarget::code).toList();
    }

    public static ColumnMapping parse(List<String> codes) {
        return new ColumnMapping(codes.stream().map(ColumnTarget::parse).toList());
    }

    /** The column a field comes from, or -1; for emails, the first. */
    public int columnOf(ColumnTarget target) {
        return columns.indexOf(target);
    }

    /** The columns holding addresses, in order. */
    public List<Integer> emailColumns() {
        return java.util.stream.IntStream.range(0, columns.size())
                .filter(i -> columns.get(i).field() == ImportField.EMAIL).boxed().toList();
    }
}
