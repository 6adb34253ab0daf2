package id.kinerja.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import id.kinerja.domain.probe.FrameworkInTheDomain;
import id.kinerja.domain.probe.OneWay;
import id.kinerja.domain.probeback.OtherWay;
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

    /**
     * A business concept's package may use another's, never the other way round as well: a cycle makes two
     * concepts one in all but name (issue 10: indicator and survey were, until satisfaction moved out).
     */
    private static ArchRule conceptPackagesWithoutCycles(String module) {
        return slices().matching("id.kinerja." + module + ".(*)..").should().beFreeOfCycles();
    }

    private static final ArchRule DOMAIN_WITHOUT_CYCLES = conceptPackagesWithoutCycles("domain");

    @Test
    void domainPackagesFormNoCycles() {
        DOMAIN_WITHOUT_CYCLES.check(KINERJA);
    }

    @Test
    void theCycleRuleCatchesTwoDomainPackagesUsingEachOther() {
        JavaClasses violation = new ClassFileImporter().importClasses(OneWay.class, OtherWay.class);

        assertThatThrownBy(() -> DOMAIN_WITHOUT_CYCLES.check(violation))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("OneWay")
                .hasMessageContaining("OtherWay");
    }

    @Test
    void apiPackagesFormNoCycles() {
        conceptPackagesWithoutCycles("api").check(KINERJA);
    }

    @Test
    void persistencePackagesFormNoCycles() {
        conceptPackagesWithoutCycles("persistence").check(KINERJA);
    }

    @Test
    void webPackagesFormNoCycles() {
        conceptPackagesWithoutCycles("web").check(KINERJA);
    }
}
