package dev.mlbom.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
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
 * Module and package rules over every library module's classes (all on the command line's test
 * class path). Each Maven module owns a set of packages; a module depends only on the modules
 * below it (no upward edge), {@code internal} packages are used only inside their own package
 * tree, the packages form no cycles, and neither the API module nor any module's public API
 * mentions Jackson.
 */
@AnalyzeClasses(packages = "dev.mlbom", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] API = {"dev.mlbom", "dev.mlbom.model..", "dev.mlbom.spi..", "dev.mlbom.error..",
        "dev.mlbom.internal.."};
    private static final String[] JSON = {"dev.mlbom.codec..", "dev.mlbom.canonical..", "dev.mlbom.schema.."};
    private static final String[] CORE = {"dev.mlbom.hash..", "dev.mlbom.lineage..", "dev.mlbom.diff..",
        "dev.mlbom.frameworks.."};
    private static final String[] ENVELOPE = {"dev.mlbom.dsse.."};
    private static final String[] CRYPTO = {"dev.mlbom.crypto.."};
    private static final String[] PROVENANCE = {"dev.mlbom.document..", "dev.mlbom.sign..", "dev.mlbom.verify.."};
    private static final String[] TCK = {"dev.mlbom.tck.."};
    private static final String[] CLI = {"dev.mlbom.cli.."};

    /** The module graph of docs/architecture.md: every edge points down. */
    @ArchTest
    static final ArchRule modulesDependOnlyDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("api").definedBy(API)
            .layer("json").definedBy(JSON)
            .layer("core").definedBy(CORE)
            .layer("envelope").definedBy(ENVELOPE)
            .layer("crypto").definedBy(CRYPTO)
            .layer("provenance").definedBy(PROVENANCE)
            .layer("tck").definedBy(TCK)
            .layer("cli").definedBy(CLI)
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("tck").mayNotBeAccessedByAnyLayer()
            .whereLayer("provenance").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("crypto").mayOnlyBeAccessedByLayers("provenance", "tck", "cli")
            .whereLayer("envelope").mayOnlyBeAccessedByLayers("provenance", "cli")
            .whereLayer("core").mayOnlyBeAccessedByLayers("provenance", "cli")
            .whereLayer("json").mayOnlyBeAccessedByLayers("core", "envelope", "provenance", "cli")
            .whereLayer("api").mayOnlyBeAccessedByLayers("json", "core", "envelope", "crypto", "provenance", "tck",
                    "cli");

    @ArchTest
    static final ArchRule theApiDependsOnTheJdkOnly = classes().that().resideInAnyPackage(API)
            .should().onlyDependOnClassesThat().resideInAnyPackage(concat(API, "java.."))
            .because("mlbom-api depends on nothing but the JDK");

    @ArchTest
    static final ArchRule theCryptoModuleNeedsNoJsonLibrary = noClasses().that().resideInAnyPackage(CRYPTO)
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml..")
            .because("keys and signatures need BouncyCastle only");

    @ArchTest
    static final ArchRule theEnvelopeModuleNeedsNoCryptoLibrary = noClasses().that().resideInAnyPackage(ENVELOPE)
            .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..")
            .because("DSSE takes its signers and verifiers through the SPI");

    @ArchTest
    static final ArchRule verificationDoesNotReachIntoSigning = noClasses().that().resideInAPackage("dev.mlbom.verify..")
            .should().dependOnClassesThat().resideInAPackage("dev.mlbom.sign..")
            .because("the gate and the signer share protocol constants through dev.mlbom.ProvenanceFormat only");

    @ArchTest
    static final ArchRule internalsStayInTheirPackageTree = classes().should(useOnlyTheirOwnInternals());

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.mlbom.(*)..").should().beFreeOfCycles();

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
