package io.portico.application.export.port.in;

import java.io.OutputStream;
import java.util.Objects;

/** Issue 14 item 3: what a download finds. */
public sealed interface ExportDownload {

    /** The file, streamed to the response by {@link #writeTo}. */
    record Available(String fileName, long size, ExportContent content) implements ExportDownload {

        public Available {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(content, "content");
        }

        public void writeTo(OutputStream out) {
            content.writeTo(out);
        }
    }

    /** Built, but more than 24 hours ago: its file is gone. */
    record Expired() implements ExportDownload {
    }

    /** No such export for the requester, or not built (yet, or ever). */
    record Unavailable() implements ExportDownload {
    }

    @FunctionalInterface
    interface ExportContent {

        void writeTo(OutputStream out);
    }
}
