package io.portico.domain.firm;

import io.portico.domain.shared.Require;

public record FirmName(String value) {

    public FirmName {
        value = Require.text("firmName", value, 200);
    }

    @Override
    public String toString() {
        return value;
    }
}
