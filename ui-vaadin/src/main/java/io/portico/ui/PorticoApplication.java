package io.portico.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Portico: the staff UI, the client portal, and the wiring of every adapter to its port. */
@SpringBootApplication(scanBasePackages = {"io.portico.ui", "io.portico.persistence", "io.portico.mail"})
@StyleSheet(Lumo.STYLESHEET)
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@Push // a background job's progress reaches the page that started it (issue 11, item 10)
public class PorticoApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(PorticoApplication.class, args);
    }
}
