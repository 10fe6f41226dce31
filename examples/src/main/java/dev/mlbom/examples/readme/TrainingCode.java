package dev.mlbom.examples.readme;

// tag::training[]
import static dev.mlbom.model.ConsentStatus.OBTAINED;
import static dev.mlbom.model.DatasetRole.TRAINING;
import static dev.mlbom.model.DatasetSourceType.USER;
import static dev.mlbom.model.TrainingProcedure.LORA;

import dev.mlbom.Provenance;
import dev.mlbom.crypto.KeyFiles;
import dev.mlbom.error.MlbomException;
import dev.mlbom.model.Manifest;
import dev.mlbom.sign.ProvenanceSigner;
import dev.mlbom.sign.SignedProvenance;
import java.nio.file.Path;
import java.time.LocalDate;

// end::training[]
/**
 * The README's "Training code" block: describe the model, hash its files, sign, write the
 * envelope beside the model. Stateless.
 */
public final class TrainingCode {

    private TrainingCode() {
    }

    /**
     * Describes and signs {@code acme/support-bot} 2.3.0.
     *
     * @param model the trained model's directory
     * @param privateKey the release key (PKCS#8 PEM)
     * @return what was signed and where the envelope was written
     * @throws MlbomException when the description is invalid, or hashing, signing or writing fails
     */
    // tag::training[]
    public static SignedProvenance signRelease(Path model, Path privateKey) throws MlbomException {
        Manifest manifest = Provenance.builder()
            .model(m -> m.name("acme/support-bot").version("2.3.0")
                .architecture("LlamaForCausalLM").license("Apache-2.0"))
            .dataset(d -> d.name("support-tickets").version("2026-10-01").sourceType(USER)
                .role(TRAINING).consent(OBTAINED).knownBias("English only"))
            .training(t -> t.procedure(LORA).epochs(3).learningRate(2e-5).batchSize(64))
            .evaluation(e -> e.benchmark("mmlu", 0.671, LocalDate.of(2026, 10, 30)))
            .operations(o -> o.deploymentConstraint("EU region only"))
            .build();                       // ManifestException lists every problem by JSON Pointer

        return ProvenanceSigner.builder()
            .signer(KeyFiles.readPrivateKey(privateKey).signer())
            .build()
            .sign(manifest, model);         // writes <model>.mlbom.json beside the model, atomically
    }
    // end::training[]
}
