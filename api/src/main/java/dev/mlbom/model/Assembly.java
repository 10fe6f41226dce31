package dev.mlbom.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Assembles a record from parts inside a builder's {@code build()}, collecting the problems of
 * every part before the whole is constructed, so that one exception lists them all. Not
 * thread-safe; one instance per {@code build()} call.
 */
final class Assembly {

    private final List<Problem> problems = new ArrayList<>();

    /**
     * Builds one part, recording its problems under a pointer.
     *
     * @return the part, or null when it had problems
     */
    <T> T part(String pointer, Supplier<T> supplier) {
        try {
            return supplier.get();
        } catch (InvalidManifestException e) {
            for (Problem problem : e.problems()) {
                problems.add(problem.under(pointer));
            }
            return null;
        }
    }

    /**
     * Builds each part of a list, recording problems under {@code pointer/index}.
     *
     * @return the parts that could be built
     */
    <T> List<T> parts(String pointer, List<Supplier<T>> suppliers) {
        List<T> out = new ArrayList<>(suppliers.size());
        for (int i = 0; i < suppliers.size(); i++) {
            T part = part(pointer + "/" + i, suppliers.get(i));
            if (part != null) {
                out.add(part);
            }
        }
        return out;
    }

    /**
     * Constructs the whole, then throws every problem found (parts' and the whole's), leaving out
     * the whole's complaints about parts that already reported their own problems.
     */
    <T> T finish(Supplier<T> constructor) {
        T result = null;
        try {
            result = constructor.get();
        } catch (InvalidManifestException e) {
            for (Problem problem : e.problems()) {
                if (!coveredByPart(problem.pointer())) {
                    problems.add(problem);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidManifestException(problems);
        }
        return result;
    }

    private boolean coveredByPart(String pointer) {
        for (Problem problem : problems) {
            if (problem.pointer().equals(pointer) || problem.pointer().startsWith(pointer + "/")) {
                return true;
            }
        }
        return false;
    }
}
