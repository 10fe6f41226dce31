package dev.mlbom.model;

import java.util.Optional;

/**
 * Compute used by training.
 *
 * @param acceleratorHours accelerator (GPU/TPU) hours
 * @param flops total floating-point operations
 * @param energyKwh energy in kilowatt-hours
 * @param emissionsKgCo2e estimated emissions in kilograms of CO2 equivalent
 */
public record Compute(Optional<Double> acceleratorHours, Optional<Double> flops, Optional<Double> energyKwh,
        Optional<Double> emissionsKgCo2e) {

    /** Checks that every present value is a finite number >= 0 ({@code -0.0} is kept as {@code 0.0}). */
    public Compute {
        Check check = new Check();
        acceleratorHours = Check.unsignedZero(acceleratorHours);
        flops = Check.unsignedZero(flops);
        energyKwh = Check.unsignedZero(energyKwh);
        emissionsKgCo2e = Check.unsignedZero(emissionsKgCo2e);
        check.nonNegative("acceleratorHours", acceleratorHours);
        check.nonNegative("flops", flops);
        check.nonNegative("energyKwh", energyKwh);
        check.nonNegative("emissionsKgCo2e", emissionsKgCo2e);
        check.done();
    }
}
