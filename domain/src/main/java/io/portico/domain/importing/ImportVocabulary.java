package io.portico.domain.importing;

import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagId;
import io.portico.domain.tag.TagScope;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The firm's tags and custom fields an import's values name: a tag by its name (any capitals), a field by its id. */
public record ImportVocabulary(Map<String, TagId> accountTags, Map<String, TagId> contactTags, Map<CustomFieldId, CustomField> fields) {

    public ImportVocabulary {
        accountTags = Map.copyOf(accountTags);
        contactTags = Map.copyOf(contactTags);
        fields = Map.copyOf(fields);
    }

    public static ImportVocabulary of(List<Tag> tags, List<CustomField> fields) {
        return new ImportVocabulary(byName(tags, TagScope.ACCOUNT), byName(tags, TagScope.CONTACT),
                fields.stream().collect(Collectors.toMap(CustomField::id, Function.identity())));
    }

    Optional<TagId> tag(TagScope scope, String name) {
        var tags = scope == TagScope.ACCOUNT ? accountTags : contactTags;
        return Optional.ofNullable(tags.get(key(name)));
    }

    Optional<CustomField> field(CustomFieldId id) {
        return Optional.ofNullable(fields.get(id));
    }

    private static Map<String, TagId> byName(List<Tag> tags, TagScope scope) {
        return tags.stream().filter(tag -> tag.scope() == scope).collect(Collectors.toMap(tag -> key(tag.name()), Tag::id, (a, b) -> a));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
