package io.portico.persistence.importing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * One INSERT for any number of rows: each column bound as one array and the rows made by {@code unnest} on the
 * server — a handful of parameters however many rows, so neither the driver nor the planner deals with thousands
 * of values one by one. A value the same for every row is bound once.
 */
final class Unnest<T> {

    private record Column(String name, String type, Object bound, boolean perRow) {
    }

    private final String table;
    private final List<T> rows;
    private final List<Column> columns = new ArrayList<>();

    private Unnest(String table, List<T> rows) {
        this.table = table;
        this.rows = rows;
    }

    static <T> Unnest<T> into(String table, List<T> rows) {
        return new Unnest<>(table, rows);
    }

    /** {@code type}: the column's PostgreSQL type (uuid, text, integer, bigint, boolean, timestamptz). */
    Unnest<T> column(String name, String type, Function<T, ?> value) {
        Object[] values = rows.stream().map(value).map(Unnest::bindable).toArray();
        columns.add(new Column(name, type, values, true));
        return this;
    }

    Unnest<T> constant(String name, String type, Object value) {
        columns.add(new Column(name, type, bindable(value), false));
        return this;
    }

    void execute(DSLContext dsl) {
        if (rows.isEmpty()) {
            return;
        }
        List<Column> perRow = columns.stream().filter(Column::perRow).toList();
        String select = columns.stream().map(c -> c.perRow() ? c.name() : "?::" + c.type()).collect(Collectors.joining(", "));
        String arrays = perRow.stream().map(c -> "?::" + c.type() + "[]").collect(Collectors.joining(", "));
        String sql = "insert into " + table + " (" + columns.stream().map(Column::name).collect(Collectors.joining(", ")) + ") select "
                + select + " from unnest(" + arrays + ") as rows (" + perRow.stream().map(Column::name).collect(Collectors.joining(", ")) + ")";
        // the constants' parameters come first, in the select list, then the arrays
        List<Object> bindings = new ArrayList<>(columns.stream().filter(c -> !c.perRow()).map(Column::bound).toList());
        perRow.forEach(c -> bindings.add(typed(c)));
        dsl.execute(sql, bindings.toArray());
    }

    private static Object typed(Column column) {
        Object[] values = (Object[]) column.bound();
        return switch (column.type()) {
            case "uuid" -> java.util.Arrays.copyOf(values, values.length, java.util.UUID[].class);
            case "integer" -> java.util.Arrays.copyOf(values, values.length, Integer[].class);
            case "bigint" -> java.util.Arrays.copyOf(values, values.length, Long[].class);
            case "boolean" -> java.util.Arrays.copyOf(values, values.length, Boolean[].class);
            case "timestamptz" -> java.util.Arrays.copyOf(values, values.length, OffsetDateTime[].class);
            default -> java.util.Arrays.copyOf(values, values.length, String[].class);
        };
    }

    private static Object bindable(Object value) {
        return value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
    }
}
