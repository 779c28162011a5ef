package io.portico.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 13, item 9: the Documents tab shows sizes in the unit a person reads them in. */
class FileSizesTest {

    @Test
    void issue13_item9_sizes_in_bytes_kb_mb_and_gb_with_one_decimal_in_the_readers_language() {
        assertThat(FileSizes.human(0, Locale.ENGLISH)).isEqualTo("0 B");
        assertThat(FileSizes.human(1023, Locale.ENGLISH)).isEqualTo("1023 B");
        assertThat(FileSizes.human(1024, Locale.ENGLISH)).isEqualTo("1 KB");
        assertThat(FileSizes.human(1536, Locale.ENGLISH)).isEqualTo("1.5 KB");
        assertThat(FileSizes.human(1536, Locale.ITALIAN)).isEqualTo("1,5 KB");
        assertThat(FileSizes.human(25L * 1024 * 1024, Locale.ENGLISH)).isEqualTo("25 MB");
        assertThat(FileSizes.human(3L * 1024 * 1024 * 1024, Locale.ENGLISH)).isEqualTo("3 GB");
        assertThat(FileSizes.human(5000L * 1024 * 1024 * 1024, Locale.ENGLISH)).isEqualTo("5,000 GB");
    }
}
