package dev.mlbom.model;

import java.util.Map;
import java.util.Optional;

/**
 * Training hyperparameters: the common ones typed, any others by name.
 *
 * @param epochs number of epochs
 * @param learningRate the (peak) learning rate ({@code -0.0} is kept as {@code 0.0})
 * @param batchSize the (global) batch size
 * @param other any other hyperparameters by name (e.g. {@code lora_rank: 16}), sorted by name
 */
public record Hyperparameters(Optional<Integer> epochs, Optional<Double> learningRate, Optional<Integer> batchSize,
        Map<String, JsonValue> other) {

    /** Checks the values and copies the map. */
    public Hyperparameters {
        Check check = new Check();
        epochs = check.optional(epochs);
        learningRate = Check.unsignedZero(learningRate);
        batchSize = check.optional(batchSize);
        check.nonNegative("epochs", epochs);
        check.nonNegative("learningRate", learningRate);
        check.nonNegative("batchSize", batchSize);
        other = check.map("other", other);
        for (String key : other.keySet()) {
            if (key.isBlank()) {
                check.add("other", "hyperparameter names must not be blank");
            }
        }
        check.done();
    }

    /**
     * Whether no hyperparameter is recorded.
     *
     * @return true when every field is empty
     */
    public boolean isEmpty() {
        return epochs.isEmpty() && learningRate.isEmpty() && batchSize.isEmpty() && other.isEmpty();
    }
}
