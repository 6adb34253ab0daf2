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
                .beAnnotatedWith(id.kinerja.http.audit.Audited.class)
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
     * Web page controllers that still inject repository ports: removed when pages read through queries
     * (issue 10). The only exclusion of the rule below; empty it, do not add to it.
     */
    private static final java.util.Set<String> PAGES_NOT_YET_ON_QUERIES = java.util.Set.of(
            "id.kinerja.web.pages.PagesController",
            "id.kinerja.web.pages.DecreePagesController",
            "id.kinerja.web.pages.RecordsPagesController",
            "id.kinerja.web.pages.WorkPagesController");

    /** A repository port: a domain interface that a persistence adapter implements. */
    private static final java.util.Set<String> PORTS = KINERJA.stream()
            .filter(type -> type.getPackageName().startsWith("id.kinerja.persistence"))
            .flatMap(type -> type.getAllRawInterfaces().stream())
            .filter(type -> type.getPackageName().startsWith("id.kinerja.domain"))
            .map(com.tngtech.archunit.core.domain.JavaClass::getName)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static com.tngtech.archunit.lang.ArchRule controllersReadThroughQueries(java.util.Set<String> excluded) {
        return noClasses()
                .that()
                .areAnnotatedWith(io.micronaut.http.annotation.Controller.class)
                .and(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are not excluded", type -> !excluded.contains(type.getName())))
                .should()
                .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are repository ports (domain interfaces implemented in persistence)",
                        type -> PORTS.contains(type.getName())))
                .because("controllers read through query use cases, not repositories (issue 10)");
    }

    @Test
    void controllersNeverTouchARepositoryPort() {
        controllersReadThroughQueries(PAGES_NOT_YET_ON_QUERIES).check(KINERJA);
    }

    @Test
    void theControllerRuleKnowsThePortsAndCatchesAControllerReadingOne() {
        org.assertj.core.api.Assertions.assertThat(PORTS)
                .contains(
                        "id.kinerja.domain.organization.OrganizationUnits",
                        "id.kinerja.domain.decree.Decrees",
                        "id.kinerja.domain.shared.Transactions")
                .doesNotContain("id.kinerja.domain.organization.ReadOrganization");
        JavaClasses violation =
                new ClassFileImporter().importClasses(id.kinerja.web.probe.ControllerReadingAPort.class);

        assertThatThrownBy(
                        () -> controllersReadThroughQueries(java.util.Set.of()).check(violation))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ControllerReadingAPort")
                .hasMessageContaining("OrganizationUnits");
    }

    @Test
    void theExcludedPagesAreTheOnlyControllersStillReadingPorts() {
        assertThatThrownBy(
                        () -> controllersReadThroughQueries(java.util.Set.of()).check(KINERJA))
                .isInstanceOf(AssertionError.class)
                .satisfies(e -> PAGES_NOT_YET_ON_QUERIES.forEach(
                        page -> org.assertj.core.api.Assertions.assertThat(e.getMessage())
                                .as("%s is excluded, so it must still violate the rule: remove it from the list", page)
                                .contains(page + ".")));
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
