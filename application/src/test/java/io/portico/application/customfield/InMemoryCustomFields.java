package io.portico.application.customfield;

import io.portico.application.customfield.port.out.CustomFieldPort;
import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Custom fields in memory, in the order they were added. */
public final class InMemoryCustomFields implements CustomFieldPort {

    private final Map<CustomFieldId, CustomField> fields = new LinkedHashMap<>();

    @Override
    public synchronized void add(CustomField field) {
        refuseTakenName(field);
        fields.put(field.id(), field);
    }

    @Override
    public synchronized void update(CustomField field) {
        if (!fields.containsKey(field.id())) {
            throw new InvalidInputException("customField", "custom-field.not-found");
        }
        refuseTakenName(field);
        fields.put(field.id(), field);
    }

    @Override
    public synchronized void delete(CustomFieldId id) {
        fields.remove(id);
    }

    @Override
    public synchronized Optional<CustomField> find(CustomFieldId id) {
        return Optional.ofNullable(fields.get(id));
    }

    @Override
    public synchronized List<CustomField> all(CustomFieldScope scope) {
        return fields.values().stream().filter(f -> f.scope() == scope).toList();
    }

    private void refuseTakenName(CustomField field) {
        boolean taken = fields.values().stream().anyMatch(other -> other.scope() == field.scope() && !other.id().equals(field.id())
                && other.name().equalsIgnoreCase(field.name()));
        if (taken) {
            throw new InvalidInputException("customFieldName", "custom-field.name-taken", field.name());
        }
    }
}
