package dev.mlbom.examples;

import static dev.mlbom.model.ConsentStatus.OBTAINED;
import static dev.mlbom.model.DatasetRole.TRAINING;
import static dev.mlbom.model.DatasetSourceType.USER;
import static dev.mlbom.model.TrainingProcedure.LORA;

import dev.mlbom.Provenance;
import dev.mlbom.codec.ManifestCodec;
import dev.mlbom.crypto.KeyFiles;
import dev.mlbom.crypto.KeyPairHandle;
import dev.mlbom.error.MlbomException;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestException;
import dev.mlbom.sign.ProvenanceSigner;
import dev.mlbom.sign.SignedProvenance;
import dev.mlbom.spi.SignatureAlgorithm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The first door: at the end of a training job, describe the model that was just trained,
 * hash its files, sign the record and write the envelope beside the model.
 *
 * <p>Run from the repository root (with no arguments it makes a small model and a key in a
 * temporary directory; with {@code MODEL_DIR PRIVATE_KEY.pem} it signs that model):
 * <pre>{@code
 * mvn -B -q -pl examples -am package -DskipTests -Dexample.skip=false
 * }</pre>
 *
 * <p>Stateless; each call works on its own files.
 */
public final class TrainingJobExample {

    private TrainingJobExample() {
    }

    /**
     * Builds the example manifest.
     *
     * @return the manifest of {@code acme/support-bot} 2.3.0
     * @throws ManifestException listing every problem, if the description were invalid
     */
    public static Manifest manifest() throws ManifestException {
        return Provenance.builder()
                .model(m -> m.name("acme/support-bot").version("2.3.0")
                        .architecture("LlamaForCausalLM").license("Apache-2.0"))
                .dataset(d -> d.name("support-tickets").version("2026-10-01")
                        .role(TRAINING).consent(OBTAINED).knownBias("English only"))
                .training(t -> t.procedure(LORA).epochs(3).learningRate(2e-5).batchSize(64))
                .evaluation(e -> e.benchmark("mmlu", 0.671, LocalDate.of(2026, 10, 30)))
                .build();
    }

    /**
     * The manifest a release is signed with: the example above plus what the {@code minimum}
     * required-field profile (the default of a verification {@code Policy}) also asks for — how
     * the dataset was obtained, and the model's operational parameters.
     *
     * @return the release manifest of {@code acme/support-bot} 2.3.0
     * @throws ManifestException listing every problem, if the description were invalid
     */
    public static Manifest releaseManifest() throws ManifestException {
        return Provenance.builder()
                .model(m -> m.name("acme/support-bot").version("2.3.0")
                        .architecture("LlamaForCausalLM").license("Apache-2.0"))
                .dataset(d -> d.name("support-tickets").version("2026-10-01").sourceType(USER)
                        .role(TRAINING).consent(OBTAINED).knownBias("English only"))
                .training(t -> t.procedure(LORA).epochs(3).learningRate(2e-5).batchSize(64))
                .evaluation(e -> e.benchmark("mmlu", 0.671, LocalDate.of(2026, 10, 30)))
                .operations(o -> o.safetyFilter("pii-redactor", "1.2").deploymentConstraint("EU region only"))
                .build();
    }

    /**
     * Hashes the model's files into the manifest, signs it and writes {@code <model>.mlbom.json}
     * beside the model.
     *
     * @param model the trained model's directory
     * @param privateKey the signing key (PKCS#8 PEM, unencrypted)
     * @return what was signed and where the envelope is
     * @throws MlbomException when the key, the model's files or the manifest are rejected, or
     *     signing or writing fails
     */
    public static SignedProvenance sign(Path model, Path privateKey) throws MlbomException {
        KeyPairHandle key = KeyFiles.readPrivateKey(privateKey);
        return ProvenanceSigner.builder().signer(key.signer()).build().sign(releaseManifest(), model);
    }

    /**
     * Prints the example manifest as JSON and YAML, then signs a model.
     *
     * @param args none (a demo model and key are made in a temporary directory), or
     *     {@code MODEL_DIR PRIVATE_KEY.pem}
     * @throws Exception when anything fails
     */
    public static void main(String[] args) throws Exception {
        Manifest manifest = manifest();
        System.out.println("# manifest.json");
        System.out.print(new String(ManifestCodec.json().write(manifest), StandardCharsets.UTF_8));
        System.out.println();
        System.out.println("# manifest.yaml");
        System.out.print(new String(ManifestCodec.yaml().write(manifest), StandardCharsets.UTF_8));
        Path model;
        Path privateKey;
        if (args.length == 2) {
            model = Path.of(args[0]);
            privateKey = Path.of(args[1]);
        } else {
            Path dir = Files.createTempDirectory("mlbom-training-job");
            model = Files.createDirectories(dir.resolve("support-bot"));
            Files.writeString(model.resolve("config.json"), "{\"model_type\": \"llama\"}\n");
            Files.write(model.resolve("adapter_model.safetensors"), new byte[4096]);
            KeyPairHandle key = KeyPairHandle.generate(SignatureAlgorithm.ED25519);
            privateKey = dir.resolve("release.key");
            KeyFiles.writePrivateKey(privateKey, key);
            KeyFiles.writePublicKey(dir.resolve("release.pub"), key.publicKey());
        }
        SignedProvenance signed = sign(model, privateKey);
        System.out.println();
        System.out.println("# signed " + signed.manifest().model().coordinates() + " (" + signed.manifestId() + ")");
        System.out.println("# envelope: " + signed.envelopePath());
        System.out.println("# verify with: ServingAppExample " + model + " "
                + privateKey.resolveSibling("release.pub"));
    }
}
