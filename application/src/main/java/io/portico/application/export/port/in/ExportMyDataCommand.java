package io.portico.application.export.port.in;

import io.portico.domain.portal.PortalUserId;
import java.util.Objects;

public record ExportMyDataCommand(PortalUserId client) {

    public ExportMyDataCommand {
        Objects.requireNonNull(client, "client");
    }
}
