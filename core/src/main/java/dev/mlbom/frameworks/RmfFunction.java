package dev.mlbom.frameworks;

/** The four functions of the NIST AI RMF core, also used to group NIST AI 600-1 actions. */
public enum RmfFunction {
    /** Culture, policies and accountability for AI risk. */
    GOVERN,
    /** Context and risks of the AI system established. */
    MAP,
    /** Risks analysed, assessed and tracked. */
    MEASURE,
    /** Risks prioritised and acted on. */
    MANAGE
}
