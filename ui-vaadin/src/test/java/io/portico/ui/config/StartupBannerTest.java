package io.portico.ui.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 14 item 6: the start-up line names the external database without the secrets its URL may carry. */
class StartupBannerTest {

    @Test
    void issue14_6_the_database_url_is_logged_without_its_parameters() {
        assertThat(StartupBanner.withoutParameters("jdbc:postgresql://db:5432/portico?user=portico&password=s3cret"))
                .isEqualTo("jdbc:postgresql://db:5432/portico");
        assertThat(StartupBanner.withoutParameters("jdbc:postgresql://db:5432/portico")).isEqualTo("jdbc:postgresql://db:5432/portico");
    }
}
