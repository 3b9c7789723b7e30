/**
 * The outcome of enforcing the model's rules: violations and the exception that lists them.
 *
 * <h2 id="blank">Blank text</h2>
 * Wherever the model requires text that is not blank (rule {@code not-blank}), blank means made only of invisible
 * characters: whitespace ({@link java.lang.Character#isWhitespace(int)}), space separators of any width, the no-break
 * spaces and U+3000 included ({@link java.lang.Character#isSpaceChar(int)}), and format characters
 * ({@link java.lang.Character#FORMAT}: the zero-width space and joiners, the byte order mark), as the running Java's
 * Unicode tables class them. Text holding anything else, such as Arabic words joined by a zero-width non-joiner, is
 * not blank. Identifiers may not start or end with an invisible character ({@code identifier.format}).
 *
 * <h2 id="builders">The builder contract</h2>
 * Every model type built with {@code builder()} has a public {@code Builder} whose setters, adders, {@code from} and
 * {@code build()} are generated. Their own documentation is generic ("can be {@code null}", "{@code @throws
 * IllegalStateException}"); where it differs from this contract, the contract holds.
 * <ul>
 * <li>Null is refused, as a {@link org.uhcmodel.validation.ModelViolationException} with the rule {@code required},
 *   naming the type being built. A setter of an optional attribute throws it at once, at the attribute's path
 *   ({@code place}); a null required attribute or collection element is reported by {@code build()}, at {@code title}
 *   or {@code parties[2]}, with every other violation; {@code from(null)} is refused at the empty path.</li>
 * <li>Known exceptions, in generated methods that cannot be changed: the adders and setters of sets of a vocabulary
 *   given null or a collection holding null ({@code addCooperationArea(null)}, {@code addSdgTarget(null)}),
 *   {@code addAll…}, array adders and collection or map setters given a null collection, array or map, a setter given
 *   a null {@code Optional}, and {@code putEntry((Map.Entry) null)} throw a plain {@link java.lang.NullPointerException}.</li>
 * <li>{@code build()} checks every rule of the type and throws one
 *   {@link org.uhcmodel.validation.ModelViolationException} listing every violation; it never throws
 *   {@code IllegalStateException}, and it returns only valid values.</li>
 * <li>A builder is mutable and not thread-safe: use it from one thread, or guard it. It can be reused:
 *   {@code build()} leaves it as it was, so it may be changed and built again; setters replace a value, adders add to
 *   the values already there.</li>
 * </ul>
 */
package org.uhcmodel.validation;
