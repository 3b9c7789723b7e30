/**
 * The rules of the model and the outcome of enforcing them: the registry of {@linkplain Rules rules}, each a
 * {@link Rule} with a stable code and a {@linkplain Severity severity}, the {@link Violation}s found, and the
 * exception that lists the errors.
 *
 * <h2 id="severity">Errors and warnings</h2>
 * A rule of severity {@link Severity#ERROR} refuses data that cannot be true, such as a date that does not exist or a
 * reference to nothing: the value is not built, and a {@link ModelViolationException} lists every error of it at
 * once, each with its path and code. A rule of severity {@link Severity#WARNING} judges data that is implausible but
 * may be true, such as more people enrolled in a scheme than its stated target population: the value is built, and
 * {@link org.uhcmodel.meta.ModelType#warnings(Object)}, {@code Dataset.warnings()} and the JSON reader report it.
 *
 * <h2 id="blank">Blank text</h2>
 * Wherever the model requires text that is not blank (rule {@code not-blank}), blank means made only of invisible
 * characters, as the fixed table of {@link Blank} defines them (Unicode 16.0, the same on every Java version):
 * whitespace, separators of any width, the no-break spaces and U+3000 included, and format characters such as the
 * zero-width space and joiners and the byte order mark. Text holding anything else, such as Arabic words joined by a
 * zero-width non-joiner, is not blank. Identifiers may not start or end with an invisible character
 * ({@code identifier.format}).
 *
 * <h2 id="builders">The builder contract</h2>
 * Every model type built with {@code builder()} has a public {@code Builder}: a setter per single value, and per
 * collection an adder of one value, an adder of several and a setter that replaces them all; {@code from} copies a
 * value of the same type; {@code build()} builds.
 * <ul>
 * <li>A null argument is a programming error: every setter, adder, factory, parser and query throws a
 *   {@link java.lang.NullPointerException} naming the parameter, at once. A required value never set is the
 *   violation {@code required} at {@code build()}, reported with every other violation.</li>
 * <li>{@code build()} checks every rule of the type and throws one {@link ModelViolationException} listing every
 *   error; it returns only values without errors. Warnings do not stop it.</li>
 * <li>A builder is mutable and not thread-safe: use it from one thread, or guard it. It can be reused:
 *   {@code build()} leaves it as it was, so it may be changed and built again; setters replace a value, adders add to
 *   the values already there.</li>
 * </ul>
 */
package org.uhcmodel.validation;
