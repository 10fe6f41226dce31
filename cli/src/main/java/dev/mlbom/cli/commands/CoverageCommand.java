package dev.mlbom.cli.commands;

import dev.mlbom.cli.ExitCode;
import dev.mlbom.cli.support.CliException;
import dev.mlbom.cli.support.Document;
import dev.mlbom.cli.support.EnumConverter;
import dev.mlbom.cli.support.ErrorReporter;
import dev.mlbom.crypto.KeyFiles;
import dev.mlbom.frameworks.Attestation;
import dev.mlbom.frameworks.CoverageRenderer;
import dev.mlbom.frameworks.CoverageReport;
import dev.mlbom.model.Manifest;
import dev.mlbom.verify.EnvelopeSource;
import dev.mlbom.verify.ModelFiles;
import dev.mlbom.verify.Policy;
import dev.mlbom.verify.PolicyFile;
import dev.mlbom.verify.VerificationException;
import dev.mlbom.verify.VerifiedProvenance;
import dev.mlbom.verify.Verifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mlbom coverage}: which framework entries (NIST AI RMF, NIST AI 600-1, EU AI Act, OWASP
 * LLM) a manifest evidences, and which fields would close the gaps.
 *
 * <p>Not thread-safe: one instance serves one invocation.
 */
@Command(name = "coverage",
        description = {"Report which entries of NIST AI RMF 1.0, NIST AI 600-1, EU AI Act (Art. 10(2), Annex IV) "
                + "and OWASP LLM Top 10 (LLM03, LLM04) a manifest evidences, by which fields, and which field would "
                + "close each gap."},
        footerHeading = "%nExamples:%n",
        footer = {"  mlbom coverage manifest.json", "  mlbom coverage models/bot.mlbom.json --format html > coverage.html",
            "  mlbom coverage models/bot.mlbom.json --format html --model-dir models/bot --key release.pub > coverage.html"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report printed (and, with --key or --policy, verified)",
            "1:with --key or --policy: verification failed; the page is still printed and says so",
            "2:usage error, missing, malformed or invalid file"})
public final class CoverageCommand extends BaseCommand {

    /** Output formats. */
    public enum Format {
        /** A text table. */
        TEXT,
        /** JSON. */
        JSON,
        /** Markdown. */
        MD,
        /** A self-contained HTML page with a heatmap. */
        HTML
    }

    /** Reads {@link Format} ids. */
    static final class FormatConverter extends EnumConverter<Format> {
        FormatConverter() {
            super(Format.class);
        }
    }

    @Parameters(index = "0", paramLabel = "MANIFEST", description = "A manifest or an envelope.")
    Path file;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "text, json, md or html. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--json", description = "Same as --format json.")
    boolean json;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Trust trust;

    /** What to trust when verifying before the report: keys, or a policy file. */
    static final class Trust {
        @Option(names = {"-k", "--key"}, required = true, paramLabel = "PUB",
                description = "With --format html: verify MANIFEST (an envelope) and the files in --model-dir against "
                        + "this trusted public key first and print the result; repeat for several.")
        List<Path> keys;

        @Option(names = {"-p", "--policy"}, required = true, paramLabel = "POLICY",
                description = "With --format html: verify against this policy file first and print the result.")
        Path policy;
    }

    @Option(names = "--model-dir", paramLabel = "DIR",
            description = "With --key or --policy: the model directory (or file) the envelope describes.")
    Path modelDir;

    /** Picocli creates the command. */
    public CoverageCommand() {
    }

    @Override
    protected int run() throws Exception {
        Format chosen = json ? Format.JSON : format;
        if (trust == null && modelDir != null) {
            throw CliException.input("--model-dir goes with --key or --policy");
        }
        if (trust != null && chosen != Format.HTML) {
            throw CliException.input("--key and --policy go with --format html, the page that prints the verification");
        }
        if (trust != null && modelDir == null) {
            throw CliException.input("--key and --policy need --model-dir: the model files the envelope describes");
        }
        Manifest manifest = Document.read(file).manifest();
        Attestation attestation = Attestation.notVerified(Instant.now());
        int exit = ExitCode.OK;
        if (trust != null) {
            if (!Files.exists(modelDir)) {
                throw CliException.input(modelDir + ": no such model directory or file");
            }
            Policy policy = policy();
            try {
                VerifiedProvenance verified = Verifier.builder().policy(policy).build()
                        .verify(ModelFiles.of(modelDir), EnvelopeSource.file(file));
                manifest = verified.manifest();
                Instant now = Instant.now();
                attestation = Attestation.verified(verified.signerKeyIds(), verified.signedAt(), now, now);
            } catch (VerificationException e) {
                Instant now = Instant.now();
                attestation = Attestation.failed("[" + e.reason() + "] " + ErrorReporter.oneLine(e.getMessage()), now,
                        now);
                err().println("mlbom: verification failed: [" + e.reason() + "] "
                        + ErrorReporter.oneLine(e.getMessage()) + "; the page says so");
                err().flush();
                exit = ExitCode.VERIFICATION_FAILED;
            }
        }
        CoverageReport report = CoverageReport.of(manifest);
        String text = switch (chosen) {
            case TEXT -> CoverageRenderer.text(report);
            case JSON -> CoverageRenderer.json(report);
            case MD -> CoverageRenderer.markdown(report);
            case HTML -> CoverageRenderer.html(report, attestation);
        };
        out().print(text.endsWith("\n") ? text : text + "\n");
        out().flush();
        return exit;
    }

    /** With --key the signatures and the model's files are checked; required fields are what the report shows. */
    private Policy policy() throws Exception {
        if (trust.policy != null) {
            if (!Files.exists(trust.policy)) {
                throw CliException.input(trust.policy + ": no such policy file");
            }
            return PolicyFile.load(trust.policy);
        }
        Policy.Builder builder = Policy.builder().skipRequiredFields();
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
        try {
            return builder.build();
        } catch (IllegalStateException e) {
            throw CliException.input(e.getMessage());
        }
    }
}
