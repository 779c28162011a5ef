package io.portico.ui.document;

import java.text.NumberFormat;
import java.util.Locale;

/** A file's size in the unit a person reads it in: bytes, KB, MB or GB (of 1024), one decimal past bytes. */
final class FileSizes {

    private static final String[] UNITS = {"KB", "MB", "GB"};

    private FileSizes() {
    }

    static String human(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double size = bytes;
        int unit = -1;
        while (size >= 1024 && unit < UNITS.length - 1) {
            size /= 1024;
            unit++;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(0);
        return format.format(size) + " " + UNITS[unit];
    }
}
