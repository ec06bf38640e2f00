package online.pass24.desk.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** Domain rules are plain Java: no framework, no HTTP, no database in them. */
class DomainIndependenceTest {

    private static final String DOMAIN = "online.pass24.desk..domain..";

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("online.pass24.desk");

    @Test
    void domainPackagesExistSoTheRuleBelowTestsSomething() {
        assertThat(classes.stream().filter(c -> c.getPackageName().matches("online\\.pass24\\.desk\\..*\\.domain.*")))
                .isNotEmpty();
    }

    @Test
    void domainCodeImportsNoFramework() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "io.r2dbc..", "reactor..", "jakarta..")
                .check(classes);
    }
}
