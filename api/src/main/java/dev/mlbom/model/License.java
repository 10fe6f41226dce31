package dev.mlbom.model;

import java.util.Optional;

/**
 * A license: either an SPDX license expression or a named license with a URL.
 */
public sealed interface License {

    /**
     * A license by SPDX id or expression, e.g. {@code Apache-2.0} or {@code MIT OR Apache-2.0}.
     *
     * @param expression the SPDX license expression
     * @return the license
     */
    static License spdx(String expression) {
        return new Spdx(expression);
    }

    /**
     * A license that has no SPDX id, e.g. {@code Llama 3.1 Community License}.
     *
     * @param name the license's name
     * @param url where its text is, or null
     * @return the license
     */
    static License named(String name, String url) {
        return new Named(name, Optional.ofNullable(url));
    }

    /**
     * A license by SPDX license expression.
     *
     * @param expression e.g. {@code Apache-2.0}; letters, digits and {@code .-+:()} and spaces
     */
    record Spdx(String expression) implements License {

        private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("[A-Za-z0-9.+:() -]+");

        /** Checks the expression's characters. */
        public Spdx {
            Check check = new Check();
            check.text("spdx", expression);
            if (expression != null && !FORM.matcher(expression).matches()) {
                check.add("spdx", "'" + expression + "' is not an SPDX license expression;"
                        + " use an id from spdx.org/licenses or a named license with name and url");
            }
            check.done();
        }
    }

    /**
     * A license that has no SPDX id.
     *
     * @param name the license's name
     * @param url where its text is
     */
    record Named(String name, Optional<String> url) implements License {
        /** Checks the name. */
        public Named {
            Check check = new Check();
            check.text("name", name);
            url = check.optionalText("url", url);
            check.done();
        }
    }
}
