package io.portico.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentIdTest {

    @Test
    void D3_each_new_document_gets_its_own_id() {
        DocumentId first = DocumentId.random();
        assertThat(first.value()).isNotNull();
        assertThat(first).isNotEqualTo(DocumentId.random());
    }

    @Test
    void D3_a_document_id_has_a_value() {
        assertThatThrownBy(() -> new DocumentId(null)).isInstanceOf(NullPointerException.class);
    }
}
