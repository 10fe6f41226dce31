package dev.mlbom.cli.commands;

import dev.mlbom.ProvenanceFormat;
import dev.mlbom.cli.ExitCode;
import dev.mlbom.cli.support.CliException;
import dev.mlbom.cli.support.ErrorReporter;
import dev.mlbom.cli.support.Terminal;
import dev.mlbom.cli.support.Progress;
import dev.mlbom.cli.support.ProgressMode;
import dev.mlbom.cli.support.ThreadCountConverter;
import dev.mlbom.crypto.KeyFiles;
import dev.mlbom.schema.Profiles;
import dev.mlbom.schema.RequiredFieldProfile;
import dev.mlbom.verify.CheckName;
import dev.mlbom.verify.CheckResult;
import dev.mlbom.verify.Policy;
import dev.mlbom.verify.PolicyFile;
import dev.mlbom.verify.VerificationException;
import dev.mlbom.verify.VerificationReport;
import dev.mlbom.verify.VerifiedProvenance;
import dev.mlbom.verify.EnvelopeSource;
import dev.mlbom.verify.ModelFiles;
import dev.mlbom.verify.Verifier;
import dev.mlbom.verify.VerifyOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mlbom verify}: the CI gate. Verifies a model's signed provenance against trusted keys or
 * a policy file and exits 0 (verified) or 1 (failed, with the reason code).
 *
 * <p>Not thread-safe: one instance serves one invocation.
 */
@Command(name = "verify",
        description = {"Verify a model's signed provenance: envelope, signatures by trusted keys, statement, "
                + "manifest schema, required fields, subjects, freshness, version, every file re-hashed on disk "
                + "(and no unexpected file), and lineage when the policy asks.",
            "Prints one line per check; on failure the reason code and message go to stderr."},
        footerHeading = "%nExamples:%n",
        footer = {"  mlbom verify models/bot --key release.pub --model acme/bot",
            "  mlbom verify models/bot --policy policy.yaml --envelope signed/bot.mlbom.json --json",
            "  mlbom verify models/bot --key release.pub --threads 2",
            "",
            "Policy file (YAML; every setting and an annotated example: docs/policy.md):",
            "  trustedKeys:                       # required: publicKey or certificate, label, validFrom, validUntil",
            "    - publicKey: keys/release.pub",
            "  revokedKeys: [ \"sha256:<64 hex>\" ]  # full key ids of trusted keys that no longer count",
            "  threshold: 1                       # distinct trusted keys that must have signed",
            "  model: { name: acme/bot }          # the model admitted (required with minimumVersion)",
            "  minimumVersion: \"2.3.0\"           # SemVer or PEP 440, quoted",
            "  requiredFields: minimum            # minimum | complete | none | [ /field/paths ]",
            "  maxAge: P90D                       # ISO-8601 durations; clockSkew: PT5M (at most PT10M)",
            "  artifacts: { allowUnexpectedFiles: false, skipDigests: false, followSymlinksWithin: DIR }",
            "  allowExpiredKeys: false",
            "  ancestors: ancestors/              # every ancestor's envelope must be there and verify"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:verified: every check passed",
            "1:verification failed: reason code and message on stderr (every check with --json)",
            "2:usage error, or unreadable input: missing model or key, malformed key or policy file"})
public final class VerifyCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "MODEL_DIR", description = "The model directory (or a single model file).")
    Path model;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Trust trust;

    /** What to trust: keys, or a policy file. */
    static final class Trust {
        @Option(names = {"-k", "--key"}, required = true, paramLabel = "PUB",
                description = "A trusted public key (SPKI PEM); repeat for several (any one signature suffices).")
        List<Path> keys;

        @Option(names = {"-p", "--policy"}, required = true, paramLabel = "POLICY",
                description = "A policy file (YAML or JSON): trusted keys, threshold, required fields, freshness, "
                    + "minimum version, ...")
        Path policy;
    }

    @Option(names = "--envelope", paramLabel = "FILE", description = "The envelope; default: MODEL_DIR.mlbom.json.")
    Path envelope;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "With --key: the required-field profile, minimum (default), complete or none.")
    String profile;

    @Option(names = "--model", paramLabel = "NAME",
            description = "With --key: the model's name (model.name in the manifest) the gate admits; a record of"
                    + " any other model, even one signed by a trusted key, is refused (MODEL_MISMATCH).")
    String modelName;

    @Option(names = "--json", description = "Print the outcome and every check as JSON.")
    boolean json;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto", converter = ProgressMode.Converter.class,
            description = "Progress of re-hashing the model's files, on stderr: auto (a bar on a terminal, else a "
                + "plain line every 5 s), bar, plain or none. Default: ${DEFAULT-VALUE}.")
    ProgressMode progress;

    @Option(names = "--follow-symlinks-within", paramLabel = "DIR",
            description = "With --key: follow symbolic links in the model whose target stays inside DIR (e.g. a "
                + "Hugging Face cache folder models--org--name); every file is still re-hashed. Default: refused.")
    Path symlinkBoundary;

    @Option(names = "--threads", paramLabel = "N", converter = ThreadCountConverter.class,
            description = "Threads that re-hash the model's files; default: the number of processors.")
    Integer threads;

    /** Picocli creates the command. */
    public VerifyCommand() {
    }

    @Override
    protected int run() throws Exception {
        if (!Files.exists(model)) {
            throw CliException.input(model + ": no such model directory or file");
        }
        if (envelope != null && !Files.exists(envelope)) {
            throw CliException.input(envelope + ": no such envelope file");
        }
        Policy policy = policy();
        Path envelopePath;
        try {
            envelopePath = envelope != null ? envelope : dev.mlbom.ProvenanceFormat.envelopePathFor(model);
        } catch (IllegalArgumentException e) {
            throw CliException.input(e.getMessage() + " (--envelope FILE)");
        }
        Progress bar = new Progress(err(), progress, "verifying");
        try {
            VerifiedProvenance verified;
            try {
                Verifier.Builder verifier = Verifier.builder().policy(policy);
                if (threads != null) {
                    verifier.threads(threads);
                }
                verified = verifier.build().verify(ModelFiles.of(model), EnvelopeSource.file(envelopePath),
                        VerifyOptions.builder().progress(bar::update).build());
            } finally {
                bar.finish();
            }
            VerificationReport report = verified.report();
            if (json) {
                out().println(verified.toJson());
                out().flush();
            } else {
                printChecks(report);
                out().println("verified " + Terminal.safe(verified.manifest().model().name() + "@"
                        + verified.manifest().model().version() + " in " + model));
                out().println("  manifest id  " + verified.manifestId());
                out().println("  signed by    " + Terminal.safe(String.join(", ", verified.signerKeyIds()))
                        + verified.signedAt().map(t -> " at " + t).orElse(""));
            }
            return ExitCode.OK;
        } catch (VerificationException e) {
            if (json) {
                // a run that stopped before any check ran has no report: its failure is the envelope's
                VerificationReport report = e.report().orElseGet(() -> new VerificationReport(model.toString(),
                        envelopePath.toString(), List.of(new CheckResult(CheckName.ENVELOPE,
                                CheckResult.Status.FAILED, Optional.of(e.reason()), Optional.empty(), e.getMessage()))));
                out().println(report.toJson());
                out().flush();
            } else {
                e.report().ifPresent(this::printChecks);
            }
            throw e;
        }
    }

    private Policy policy() throws Exception {
        if (trust.policy != null) {
            if (profile != null) {
                throw CliException.input("--profile goes with --key; a policy file sets requiredFields itself");
            }
            if (symlinkBoundary != null) {
                throw CliException.input("--follow-symlinks-within goes with --key; in a policy file set"
                        + " artifacts.followSymlinksWithin");
            }
            if (modelName != null) {
                throw CliException.input("--model goes with --key; in a policy file set model.name");
            }
            if (!Files.exists(trust.policy)) {
                throw CliException.input(trust.policy + ": no such policy file");
            }
            return PolicyFile.load(trust.policy);
        }
        Policy.Builder builder = Policy.builder();
        for (Path key : trust.keys) {
            if (!Files.exists(key)) {
                throw CliException.input(key + ": no such public key file");
            }
            try {
                builder.trust(KeyFiles.readPublicKey(key).verifier());
            } catch (IllegalArgumentException e) {
                throw CliException.input(key + ": " + e.getMessage());
            }
        }
        if (modelName != null) {
            try {
                builder.requireModel(modelName);
            } catch (IllegalArgumentException e) {
                throw CliException.input("--model: " + e.getMessage());
            }
        }
        if (profile != null) {
            if (profile.equals("none")) {
                builder.skipRequiredFields();
            } else {
                RequiredFieldProfile required = Profiles.named(profile).orElseThrow(() -> CliException.input(
                        "unknown profile '" + profile + "'; use minimum, complete or none"));
                builder.requiredFields(required);
            }
        }
        if (symlinkBoundary != null) {
            builder.followSymlinksWithin(symlinkBoundary);
        }
        try {
            return builder.build();
        } catch (IllegalStateException e) {
            throw CliException.input(e.getMessage());
        }
    }

    private void printChecks(VerificationReport report) {
        for (CheckResult result : report.results()) {
            String status = switch (result.status()) {
                case PASSED -> "pass";
                case FAILED -> "FAIL";
                case SKIPPED -> "skip";
            };
            out().printf(Locale.ROOT, "  [%s] %-16s %s%n", status, result.check().id(),
                    ErrorReporter.oneLine(result.message()));
        }
        out().flush();
    }
}
