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

    /**
     * The rings: the domain at the centre; persistence, the HTTP edge (messages, audit, sign-in) and documents
     * beside each other on it; the JSON API on the edge; the pages on the edge too but never on the API, so
     * that what both need lives in a module both depend on.
     */
    private static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Domain")
            .definedBy("id.kinerja.domain..")
            .layer("Persistence")
            .definedBy("id.kinerja.persistence..")
            .layer("Http")
            .definedBy("id.kinerja.http..")
            .layer("Documents")
            .definedBy("id.kinerja.documents..")
            .layer("Api")
            .definedBy("id.kinerja.api..")
            .layer("Web")
            .definedBy("id.kinerja.web..")
            .whereLayer("Web")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Api")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Persistence")
            .mayOnlyBeAccessedByLayers("Web")
            .whereLayer("Http")
            .mayOnlyBeAccessedByLayers("Api", "Web")
            .whereLayer("Documents")
            .mayOnlyBeAccessedByLayers("Api", "Web")
            .whereLayer("Domain")
            .mayOnlyBeAccessedByLayers("Persistence", "Http", "Documents", "Api", "Web");

    @Test
    void adaptersDependOnTheDomainAndPagesNeverOnTheApi() {
        LAYERS.check(KINERJA);
    }

    @Test
    void theLayerRuleCatchesAPageUsingTheApi() {
        JavaClasses violation = new ClassFileImporter()
                .importClasses(id.kinerja.web.probe.PageUsingTheApi.class, id.kinerja.api.shared.Paging.class);

        assertThatThrownBy(() -> LAYERS.check(violation))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PageUsingTheApi")
                .hasMessageContaining("Paging");
    }

    /** Pages bind typed form records and render typed view records: no map goes in or out of a handler. */
    private static final ArchRule PAGES_SPEAK_IN_RECORDS = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage("id.kinerja.web..")
            .and()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(io.micronaut.http.annotation.Controller.class)
            .and()
            .arePublic()
            .should(
                    new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
                            "neither take nor return a Map") {
                        @Override
                        public void check(
                                com.tngtech.archunit.core.domain.JavaMethod method,
                                com.tngtech.archunit.lang.ConditionEvents events) {
                            boolean takesMap = method.getRawParameterTypes().stream()
                                    .anyMatch(type -> type.isAssignableTo(java.util.Map.class));
                            boolean returnsMap = method.getRawReturnType().isAssignableTo(java.util.Map.class);
                            if (takesMap || returnsMap) {
                                events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                                        method, method.getFullName() + " takes or returns a Map"));
                            }
                        }
                    });

    @Test
    void pageHandlersTakeAndReturnRecordsNotMaps() {
        PAGES_SPEAK_IN_RECORDS.check(KINERJA);
    }

    @Test
    void theRecordRuleCatchesAHandlerSpeakingInMaps() {
        JavaClasses violation = new ClassFileImporter().importClasses(id.kinerja.web.probe.PageUsingTheApi.class);

        assertThatThrownBy(() -> PAGES_SPEAK_IN_RECORDS.check(violation))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PageUsingTheApi.page");
    }

    /** A class that has outgrown one concern is split, not scrolled: none in the web module is over 300 lines. */
    @Test
    void noWebClassIsOverThreeHundredLines() throws java.io.IOException {
        java.nio.file.Path sources = java.nio.file.Path.of("src", "main", "java");
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(sources)) {
            java.util.List<String> tooLong = files.filter(
                            file -> file.toString().endsWith(".java"))
                    .filter(file -> lineCount(file) > 300)
                    .map(java.nio.file.Path::toString)
                    .toList();
            org.assertj.core.api.Assertions.assertThat(tooLong).isEmpty();
        }
    }

    private static long lineCount(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readAllLines(file).size();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
                // The public SKM questionnaire (issue 16): anonymous answers would flood the audit chain (ADR 0030)
                .and()
                .areDeclaredInClassesThat()
                .doNotHaveSimpleName("QuestionnairePageController")
                // Micronaut's own sign-out, only moved to the blocking executor: like signing in, it ends sessions
                // and changes none of the data the audit trail records
                .and()
                .areDeclaredInClassesThat()
                .doNotHaveSimpleName("SignOutController")
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

    /** A repository port: a domain interface that a persistence adapter implements. */
    private static final java.util.Set<String> PORTS = KINERJA.stream()
            .filter(type -> type.getPackageName().startsWith("id.kinerja.persistence"))
            .flatMap(type -> type.getAllRawInterfaces().stream())
            .filter(type -> type.getPackageName().startsWith("id.kinerja.domain"))
            .map(com.tngtech.archunit.core.domain.JavaClass::getName)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static com.tngtech.archunit.lang.ArchRule controllersReadThroughQueries() {
        return noClasses()
                .that()
                .areAnnotatedWith(io.micronaut.http.annotation.Controller.class)
                .should()
                .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are repository ports (domain interfaces implemented in persistence)",
                        type -> PORTS.contains(type.getName())))
                .because("controllers read through query use cases, not repositories (issue 10)");
    }

    @Test
    void controllersNeverTouchARepositoryPort() {
        controllersReadThroughQueries().check(KINERJA);
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

        assertThatThrownBy(() -> controllersReadThroughQueries().check(violation))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ControllerReadingAPort")
                .hasMessageContaining("OrganizationUnits");
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
