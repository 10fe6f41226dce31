package dev.mlbom.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.base.HasDescription;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;

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
    private static final String[] JSON = {"dev.mlbom.codec..", "dev.mlbom.canonical..", "dev.mlbom.schema..",
        "dev.mlbom.jackson.."};
    /** The json module's packages other than its bridge: they share the module's internals. */
    private static final java.util.List<String> JSON_PACKAGES = java.util.List.of("dev.mlbom.codec",
            "dev.mlbom.canonical", "dev.mlbom.schema", "dev.mlbom.jackson");
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

    /**
     * No public or protected member of a public class in an API package (everything under
     * {@code dev.mlbom} but {@code ..internal..}, the Jackson bridges {@code ..jackson..} and the
     * command line) mentions a Jackson type: not in a method's return or parameter types (generic
     * arguments included), a field's type, a constructor's parameters (so record components too),
     * thrown types, or the class's own supertypes.
     */
    @ArchTest
    static final ArchRule theApiDoesNotExposeJackson = classes().that().arePublic()
            .and().resideInAPackage("dev.mlbom..")
            .and().resideOutsideOfPackages("..internal..", "..jackson..", "dev.mlbom.cli..")
            .should(notExposeTypesFrom("com.fasterxml."))
            .because("Jackson is an implementation detail (Jackson 3 moves its packages): the API speaks JsonValue");

    /** The Jackson bridges are used only by mlbom's own modules that their module-info exports them to. */
    @ArchTest
    static final ArchRule theJsonBridgeIsForSiblingsOnly = classes().that().resideInAPackage("dev.mlbom.jackson..")
            .should().onlyBeAccessed().byClassesThat().resideInAnyPackage(concat(JSON, concat(CORE,
                    concat(ENVELOPE, PROVENANCE))))
            .because("module-info exports dev.mlbom.jackson only to dev.mlbom.core, envelope and provenance");

    @ArchTest
    static final ArchRule theStatementBridgeIsForTheVerifierOnly = classes().that()
            .resideInAPackage("dev.mlbom.dsse.jackson..")
            .should().onlyBeAccessed().byClassesThat().resideInAnyPackage(concat(ENVELOPE, PROVENANCE))
            .because("module-info exports dev.mlbom.dsse.jackson only to dev.mlbom.provenance");

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
                    if (inJsonModule(owner) && inJsonModule(from)) {
                        continue; // one module, one Jackson-typed implementation shared with its bridge
                    }
                    if (!(from.equals(owner) || from.startsWith(owner + "."))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + " reaches into " + target + ", which belongs to " + owner));
                    }
                }
            }
        };
    }

    private static boolean inJsonModule(String pkg) {
        return JSON_PACKAGES.stream().anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."));
    }

    private static ArchCondition<JavaClass> notExposeTypesFrom(String prefix) {
        return new ArchCondition<>("not expose types of " + prefix + ".. in public or protected signatures") {
            @Override
            public void check(JavaClass clazz, ConditionEvents events) {
                for (JavaType type : clazz.getAllRawInterfaces().stream().map(JavaType.class::cast).toList()) {
                    report(clazz, "implements", type, events);
                }
                clazz.getRawSuperclass().ifPresent(s -> report(clazz, "extends", s, events));
                for (JavaMember member : clazz.getMembers()) {
                    Set<JavaModifier> mods = member.getModifiers();
                    if (!mods.contains(JavaModifier.PUBLIC) && !mods.contains(JavaModifier.PROTECTED)) {
                        continue;
                    }
                    if (member instanceof JavaField field) {
                        report(member, "has type", field.getType(), events);
                    } else if (member instanceof JavaCodeUnit unit) {
                        report(member, "returns", unit.getReturnType(), events);
                        for (JavaType parameter : unit.getParameterTypes()) {
                            report(member, "takes", parameter, events);
                        }
                        for (JavaClass thrown : unit.getThrowsClause().getTypes()) {
                            report(member, "throws", thrown, events);
                        }
                    }
                }
            }

            private void report(HasDescription where, String verb, JavaType type, ConditionEvents events) {
                for (JavaClass involved : type.getAllInvolvedRawTypes()) {
                    if (involved.getName().startsWith(prefix)) {
                        events.add(SimpleConditionEvent.violated(where, where.getDescription() + " " + verb + " "
                                + type.getName() + ", which mentions " + involved.getName()));
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
