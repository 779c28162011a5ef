package io.portico.ui.config;

import io.portico.persistence.embedded.EmbeddedDatabase;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, Portico starts its own PostgreSQL with data under
 * {@code portico.data-dir}; Boot's DataSource configuration then backs off and Flyway and jOOQ use this one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${portico.data-dir:data}") Path dataDir, @Value("${portico.restore:}") String restore) {
        Path directory = dataDir.resolve("postgres").toAbsolutePath();
        if (!restore.isEmpty()) { // issue 14, item 5: a restore starts from an empty database; the old one is kept aside
            EmbeddedDatabase.moveAside(directory);
        }
        return EmbeddedDatabase.start(directory);
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        return database.dataSource();
    }
}
