package dev.mlbom.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlbom.crypto.KeyFiles;
import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.dsse.Envelope;
import dev.mlbom.dsse.EnvelopeException;
import dev.mlbom.dsse.EnvelopeJson;
import dev.mlbom.dsse.EnvelopeSignature;
import dev.mlbom.sign.ProvenanceSigner;
import dev.mlbom.spi.SignatureAlgorithm;
import dev.mlbom.testing.ByteDamage;
import dev.mlbom.testing.TempTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Randomly damaged envelopes and policy files: the gate refuses them with a reason (or accepts an
 * envelope only when the damage left its content unchanged, e.g. added whitespace), and never fails
 * with an unchecked exception.
 */
class DamagedInputProperties {

    private static final Instant SIGNED_AT = Instant.parse("2026-11-01T00:00:00Z");
    private static final String POLICY = """
            # flow and block styles mixed, so damage reaches both
            trustedKeys: [ { publicKey: keys/release.pub, label: "fuzz", validUntil: 2027-01-01T00:00:00Z } ]
            revokedKeys: [ "%s", 'SHA256:%s' ]
            threshold: 1
            requiredFields:
              - /model/name
              - /model/license
            artifacts: { allowUnexpectedFiles: false, skipDigests: false }
            maxAge: P90D
            model: { name: acme/support-bot }
            minimumVersion: "2.3.0"
            ancestors: ancestors/
            """;

    private static String policyText;
    private static Path root;
    private static Path model;
    private static byte[] envelope;
    private static Policy policy;
    private static Verifier verifier;

    @BeforeContainer
    static void signOnce() throws Exception {
        root = Files.createTempDirectory("mlbom-damaged");
        model = Fixtures.model(root, "support-bot");
        KeyPairHandle key = KeyPairHandle.generate(SignatureAlgorithm.ED25519);
        Files.createDirectories(root.resolve("keys"));
        KeyFiles.writePublicKey(root.resolve("keys/release.pub"), key.publicKey());
        Path signed = ProvenanceSigner.builder().signer(key.signer()).clock(Clock.fixed(SIGNED_AT, ZoneOffset.UTC))
                .build().sign(Fixtures.manifest("acme/support-bot", "2.3.0"), model).envelopePath();
        envelope = Files.readAllBytes(signed);
        policy = Policy.builder().trust(key.publicKey().verifier()).build();
        verifier = Verifier.builder().policy(policy).clock(Clock.fixed(SIGNED_AT.plusSeconds(3600), ZoneOffset.UTC))
                .build();
        verifier.verify(ModelFiles.of(model), EnvelopeSource.file(signed)); // the intact envelope passes
        Path intact = root.resolve("intact-policy.yaml");
        policyText = POLICY.formatted(key.keyId(), key.keyId().toUpperCase(java.util.Locale.ROOT));
        Files.writeString(intact, policyText);
        PolicyFile.load(intact); // and the intact policy loads
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        TempTrees.delete(root);
    }

    @Property(tries = 120)
    void damagedEnvelopeIsRefusedOrUnchanged(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int edits)
            throws Exception {
        byte[] damaged = ByteDamage.apply(envelope, new Random(seed), edits);
        Path file = root.resolve("damaged.mlbom.json");
        Files.write(file, damaged);
        VerificationReport report = verifier.check(ModelFiles.of(model), EnvelopeSource.file(file));
        try {
            verifier.verify(ModelFiles.of(model), EnvelopeSource.file(file));
            assertThat(report.passed()).isTrue();
            assertThat(EnvelopeJson.strict().read(damaged)).isEqualTo(EnvelopeJson.strict().read(envelope));
        } catch (VerificationException e) {
            assertThat(report.passed()).isFalse();
            assertThat(e.reason()).isNotNull();
            assertThat(e.getMessage()).isNotBlank();
        } catch (EnvelopeException e) {
            throw new AssertionError("the damaged envelope verified but does not parse", e);
        }
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void oddEnvelopeValuesAreRefusedWithAReason(
            @ForAll @From("envelopeMembers") String member, @ForAll @From("oddJson") String value) throws Exception {
        Envelope intact = EnvelopeJson.strict().read(envelope);
        EnvelopeSignature signature = intact.signatures().get(0);
        String json = envelopeWith(member, value);
        Path file = root.resolve("odd.mlbom.json");
        Files.writeString(file, json);
        VerificationReport report = verifier.check(ModelFiles.of(model), EnvelopeSource.file(file));
        try {
            verifier.verify(ModelFiles.of(model), EnvelopeSource.file(file));
            // only a different key id hint may still verify: the signed content is the same
            Envelope accepted = EnvelopeJson.strict().read(json.getBytes(StandardCharsets.UTF_8));
            assertThat(member).isEqualTo("keyid");
            assertThat(accepted.payload()).isEqualTo(intact.payload());
            assertThat(accepted.signatures().get(0).sig()).isEqualTo(signature.sig());
            assertThat(report.passed()).isTrue();
        } catch (VerificationException e) {
            assertThat(report.passed()).isFalse();
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Example
    void theEnvelopeRebuiltFromItsMembersVerifies() throws Exception {
        Path file = root.resolve("rebuilt.mlbom.json");
        Files.writeString(file, envelopeWith("keyid", null));
        assertThat(verifier.verify(ModelFiles.of(model), EnvelopeSource.file(file))).isNotNull();
    }

    /** The signed envelope written member by member, with one member's JSON replaced (none when null). */
    private static String envelopeWith(String member, String value) throws EnvelopeException {
        Envelope intact = EnvelopeJson.strict().read(envelope);
        EnvelopeSignature signature = intact.signatures().get(0);
        Map<String, String> members = new LinkedHashMap<>();
        members.put("payloadType", quote(intact.payloadType()));
        members.put("payload", quote(Base64.getEncoder().encodeToString(intact.payload())));
        members.put("keyid", quote(signature.keyid()));
        members.put("sig", quote(Base64.getEncoder().encodeToString(signature.sig())));
        members.put("signatures", "[{\"keyid\":" + members.get("keyid") + ",\"sig\":" + members.get("sig") + "}]");
        if (value != null) {
            members.put(member, value);
            if (member.equals("keyid") || member.equals("sig")) {
                members.put("signatures", "[{\"keyid\":" + members.get("keyid") + ",\"sig\":" + members.get("sig")
                        + "}]");
            }
        }
        return "{\"payloadType\":" + members.get("payloadType") + ",\"payload\":" + members.get("payload")
                + ",\"signatures\":" + members.get("signatures") + "}";
    }

    @Provide
    Arbitrary<String> envelopeMembers() {
        return Arbitraries.of("payloadType", "payload", "keyid", "sig", "signatures");
    }

    @Provide
    Arbitrary<String> oddJson() {
        return Arbitraries.of("null", "\"\"", "0", "-0", "1e999", "true", "[]", "{}", "[null]", "[{}]", "[[]]",
                "\"QQ\"", "\"QQ==\"", "\"QQ=\"", "\"A\"", "\"!!!!\"", "\"QUJD\\n\"", "\"\\u0000\"",
                "\"" + "QUJD".repeat(100_000) + "\"", "\"application/vnd.in-toto+json \"",
                "\"application/json\"", "[{\"sig\":\"\"}]", "[{\"keyid\":\"x\"}]", "[{\"sig\":1}]");
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void oddPolicyValuesAreRefusedWithAReason(
            @ForAll @From("settings") String setting, @ForAll @From("oddValues") String value) throws Exception {
        String yaml = switch (setting) {
            case "publicKey" -> "trustedKeys:\n  - publicKey: " + value + "\n";
            case "label", "validFrom", "validUntil" ->
                    "trustedKeys:\n  - publicKey: keys/release.pub\n    " + setting + ": " + value + "\n";
            case "allowUnexpectedFiles", "skipDigests", "followSymlinksWithin" ->
                    "trustedKeys:\n  - publicKey: keys/release.pub\nartifacts:\n  " + setting + ": " + value + "\n";
            default -> "trustedKeys:\n  - publicKey: keys/release.pub\n" + setting + ": " + value + "\n";
        };
        Path file = root.resolve("odd-policy.yaml");
        Files.writeString(file, yaml);
        try {
            assertThat(PolicyFile.load(file).trustedKeys()).isNotEmpty();
        } catch (PolicyException e) {
            assertThat(e.reason()).isNotNull();
            assertThat(e.getMessage()).contains("odd-policy.yaml");
        }
    }

    @Provide
    Arbitrary<String> settings() {
        return Arbitraries.of("publicKey", "label", "validFrom", "validUntil", "revokedKeys", "threshold",
                "requiredFields", "allowUnexpectedFiles", "skipDigests", "followSymlinksWithin", "maxAge", "clockSkew",
                "minimumVersion", "allowExpiredKeys", "ancestors");
    }

    @Provide
    Arbitrary<String> oddValues() {
        return Arbitraries.of("", "''", "\" \"", "0", "-1", "1.5", "1e400", "99999999999999999999", "true", "null",
                "~", "[]", "{}", "[ 1, 2 ]", "{ a: 1 }", "\"\\0\"", "P0D", "-P1D", "PT-5M", "P999999999999D",
                "2026-13-01T00:00:00Z", "2026-01-01", "../../etc/passwd", "/dev/null", "keys", "keys/",
                "v2", "2.3.0-", "\"" + "x".repeat(5000) + "\"", "[ /model/name, /model/name ]", "[ \"\" ]",
                "[ model ]", "[ /nope/field ]");
    }

    @Property(tries = 120)
    void damagedPolicyIsRefusedWithAReason(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int edits)
            throws Exception {
        byte[] damaged = ByteDamage.apply(policyText.getBytes(StandardCharsets.UTF_8), new Random(seed), edits);
        Path file = root.resolve("policy.yaml");
        Files.write(file, damaged);
        Path intactFile = root.resolve("intact-policy.yaml");
        Policy intact = PolicyFile.load(intactFile);
        try {
            Policy loaded = PolicyFile.load(file);
            assertThat(loaded.trustedKeys()).isNotEmpty();
            if (!settings(loaded).equals(settings(intact))) {
                // a damaged file may load as another policy only when the damage changed what the
                // YAML says (a digit, a word), never from damage the YAML itself ignores
                assertThat(plainYaml(damaged)).as("damage that YAML ignores changed the policy")
                        .isNotEqualTo(plainYaml(policyText.getBytes(StandardCharsets.UTF_8)));
            }
        } catch (PolicyException e) {
            assertThat(e.reason()).isNotNull();
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    /** Every setting of a policy, as text that two equal policies share. */
    private static String settings(Policy policy) {
        return policy.trustedKeys().stream().map(k -> k.keyId() + "/" + k.validFrom() + "/" + k.validUntil()).toList()
                + " revoked=" + new java.util.TreeSet<>(policy.revokedKeyIds()) + " threshold=" + policy.threshold()
                + " required=" + policy.requiredFields().map(r -> r.fields().toString()).orElse("none")
                + " unexpected=" + policy.allowUnexpectedFiles() + " digests=" + policy.skipArtifactDigests()
                + " expired=" + policy.allowExpiredKeys() + " maxAge=" + policy.maxAge() + " skew=" + policy.clockSkew()
                + " minimum=" + policy.minimumVersion() + " ancestors=" + policy.ancestorEnvelopes()
                + " symlinks=" + policy.symlinkBoundary();
    }

    /** What a plain, lenient YAML reader makes of the bytes (the damage's meaning), or the error. */
    private static String plainYaml(byte[] yaml) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                    .readTree(yaml).toString();
        } catch (java.io.IOException | RuntimeException e) {
            return "unreadable: " + e.getClass().getName();
        }
    }
}
