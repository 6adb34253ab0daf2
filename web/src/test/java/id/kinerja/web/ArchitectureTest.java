package id.kinerja.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.kinerja.domain.probe.FrameworkInTheDomain;
import org.junit.jupiter.api.Test;

/**
 * The rings of the house (docs/architecture.md): the domain depends on nothing, the adapters only on the
 * domain and never on each other, and only the web module assembles them.
 */
class ArchitectureTest {
    private static final JavaClasses KINERJA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.matches(java.util.regex.Pattern.compile(".*-tests\\.jar.*")))
            .importPackages("id.kinerja");

    @Test
    void adaptersDependOnTheDomainAndNeverOnEachOther() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Domain")
                .definedBy("id.kinerja.domain..")
                .layer("Persistence")
                .definedBy("id.kinerja.persistence..")
                .layer("Api")
                .definedBy("id.kinerja.api..")
                .layer("Web")
                .definedBy("id.kinerja.web..")
                .whereLayer("Web")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Api")
                .mayOnlyBeAccessedByLayers("Web")
                .whereLayer("Persistence")
                .mayOnlyBeAccessedByLayers("Web")
                .whereLayer("Domain")
                .mayOnlyBeAccessedByLayers("Persistence", "Api", "Web")
                .check(KINERJA);
    }

    @Test
    void theDomainRuleCatchesAFrameworkInTheDomain() {
        JavaClasses violation = new ClassFileImporter().importClasses(FrameworkInTheDomain.class);

        assertThatThrownBy(() -> DOMAIN_WITHOUT_FRAMEWORKS.check(violation))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("FrameworkInTheDomain");
    }

    @Test
    void theDomainUsesNoFrameworkAndNoJdbc() {
        DOMAIN_WITHOUT_FRAMEWORKS.check(KINERJA);
    }

    private static final com.tngtech.archunit.lang.ArchRule DOMAIN_WITHOUT_FRAMEWORKS = noClasses()
            .that()
            .resideInAPackage("id.kinerja.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.micronaut..", "jakarta..", "javax..", "java.sql..", "org.slf4j..", "com.fasterxml..");

    /** The audit trail can only name what a change changed if the route says so. */
    @Test
    void everyRouteThatChangesSomethingSaysWhatItChangesForTheAuditTrail() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that()
                .areAnnotatedWith(io.micronaut.http.annotation.Post.class)
                .or()
                .areAnnotatedWith(io.micronaut.http.annotation.Put.class)
                .or()
                .areAnnotatedWith(io.micronaut.http.annotation.Patch.class)
                .or()
                .areAnnotatedWith(io.micronaut.http.annotation.Delete.class)
                .and()
                .areDeclaredInClassesThat()
                .doNotHaveSimpleName("TokenController")
                .should()
                .beAnnotatedWith(id.kinerja.api.audit.Audited.class)
                .check(KINERJA);
    }

    @Test
    void noJunkDrawerPackages() {
        noClasses()
                .should()
                .resideInAnyPackage(
                        "..util..", "..utils..", "..helper..", "..helpers..", "..impl..", "..manager..", "..service..")
                .check(KINERJA);
    }

    @Test
    void persistenceRowTypesStayInPersistence() {
        noClasses()
                .that()
                .resideOutsideOfPackage("id.kinerja.persistence..")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(io.micronaut.data.annotation.MappedEntity.class)
                .check(KINERJA);
    }
}
