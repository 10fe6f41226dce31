package dev.mlbom.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Module and package rules over the classes of api, schema and core (all on this module's test
 * class path): the api packages depend on the JDK only, {@code internal} packages are used only
 * inside their own package tree, and the {@code dev.mlbom} packages form no cycles.
 */
@AnalyzeClasses(packages = "dev.mlbom", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] API = {"dev.mlbom", "dev.mlbom.model..", "dev.mlbom.spi..", "dev.mlbom.error.."};

    @ArchTest
    static final ArchRule theApiDependsOnTheJdkOnly = classes().that().resideInAnyPackage(API)
            .should().onlyDependOnClassesThat().resideInAnyPackage(concat(API, "java.."))
            .because("mlbom-api depends on nothing but the JDK");

    @ArchTest
    static final ArchRule internalsStayInTheirPackageTree = classes().should(useOnlyTheirOwnInternals());

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.mlbom.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theSchemaModuleDoesNotDependOnCore = noClasses().that()
            .resideInAPackage("dev.mlbom.schema..").should().dependOnClassesThat()
            .resideInAnyPackage("dev.mlbom.codec..", "dev.mlbom.canonical..", "dev.mlbom.hash..",
                    "dev.mlbom.lineage..", "dev.mlbom.diff..", "dev.mlbom.frameworks..")
            .because("core depends on schema, not the other way round");

    @ArchTest
    static final ArchRule theApiIsFreeOfJackson = noClasses().that().resideInAnyPackage(API)
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml..");

    private static ArchCondition<JavaClass> useOnlyTheirOwnInternals() {
        return new ArchCondition<>("use only the internal packages of their own package tree") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    int internal = target.indexOf(".internal");
                    if (!target.startsWith("dev.mlbom.") || internal < 0) {
                        continue;
                    }
                    String owner = target.substring(0, internal);
                    String from = origin.getPackageName();
                    if (!(from.equals(owner) || from.startsWith(owner + "."))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + " reaches into " + target + ", which belongs to " + owner));
                    }
                }
            }
        };
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
