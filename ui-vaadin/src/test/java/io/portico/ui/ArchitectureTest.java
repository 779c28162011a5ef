package io.portico.ui;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module rules of DESIGN.md, checked over every module's classes. */
@AnalyzeClasses(packages = "io.portico", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** Test code of other modules arrives as their test-jars (the in-memory fakes and port contracts). */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }


    private static final String[] JAVA = {"java..", "javax.annotation.."};
    private static final String[] ANNOTATIONS = {"org.jspecify..", "org.jmolecules.."};

    @ArchTest
    static final ArchRule domain_depends_on_java_only = classes().that().resideInAPackage("io.portico.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(concat(JAVA, ANNOTATIONS, "io.portico.domain.."));

    @ArchTest
    static final ArchRule application_depends_on_domain_and_java_only = classes().that().resideInAPackage("io.portico.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(concat(JAVA, ANNOTATIONS, "io.portico.domain..", "io.portico.application.."));

    @ArchTest
    static final ArchRule persistence_adapters_know_no_other_adapter_nor_the_ui = noClasses().that().resideInAPackage("io.portico.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("io.portico.mail..", "io.portico.csv..", "io.portico.ui..");

    @ArchTest
    static final ArchRule mail_adapters_know_no_other_adapter_nor_the_ui = noClasses().that().resideInAPackage("io.portico.mail..")
            .should().dependOnClassesThat().resideInAnyPackage("io.portico.persistence..", "io.portico.csv..", "io.portico.ui..");

    @ArchTest
    static final ArchRule csv_adapter_knows_no_other_adapter_nor_the_ui = noClasses().that().resideInAPackage("io.portico.csv..")
            .should().dependOnClassesThat().resideInAnyPackage("io.portico.persistence..", "io.portico.mail..", "io.portico.ui..");

    @ArchTest
    static final ArchRule only_the_ui_config_wires_adapters = noClasses().that().resideInAPackage("io.portico.ui..")
            .and().resideOutsideOfPackage("io.portico.ui.config..")
            .should().dependOnClassesThat().resideInAnyPackage("io.portico.persistence..", "io.portico.mail..", "io.portico.csv..");

    /** Views reach use cases and the read models that queries and out ports share (a feature's {@code port} package). */
    @ArchTest
    static final ArchRule views_use_use_cases_and_domain_types_only = noClasses().that().resideInAPackage("io.portico.ui..")
            .and().resideOutsideOfPackage("io.portico.ui.config..")
            .should().dependOnClassesThat(resideInAPackage("io.portico.application..")
                    .and(not(resideInAPackage("io.portico.application..port.in..")))
                    .and(not(resideInAPackage("io.portico.application.*.port"))));

    @ArchTest
    static final ArchRule no_package_cycles = slices().matching("io.portico.(**)").should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage("io.portico.persistence.jooq.."), resideInAPackage("io.portico.persistence.jooq.."));

    /** Issue 9: the features of a layer depend on each other one way only. */
    @ArchTest
    static final ArchRule no_cycles_between_application_features = slices().matching("io.portico.application.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule no_cycles_between_domain_features = slices().matching("io.portico.domain.(*)..").should().beFreeOfCycles();

    /** Issue 9: an out port speaks in domain types, its own records and the shared read models, never in a use case's types. */
    @ArchTest
    static final ArchRule out_ports_do_not_depend_on_in_ports = noClasses().that().resideInAPackage("io.portico.application..port.out..")
            .should().dependOnClassesThat().resideInAPackage("io.portico.application..port.in..");

    private static String[] concat(String[] first, String[] second, String... more) {
        return java.util.stream.Stream.of(first, second, more).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}
