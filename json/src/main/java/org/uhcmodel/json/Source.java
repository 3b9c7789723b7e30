package org.uhcmodel.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * One document given whole, as bytes or characters, that can be read again: decoded once from its tokens, and, only
 * when it has problems, searched again to place them. A problem keeps the offset of its token while the document is
 * decoded; its line and column are counted once, at the end, in one pass over the input.
 * <p>
 * Bytes are checked to be UTF-8 before they are parsed: the parser reads them up to the first ill-formed byte only,
 * so that no byte that is not UTF-8 is ever decoded.
 */
final class Source {

    private final byte[] bytes;
    private final char[] chars;
    private final String string;
    /** The first byte or character of the document, after any byte-order mark. */
    private final int start;
    /** The end of the document, exclusive. */
    private final int end;
    /** The end of what is parsed: the first byte that is not UTF-8, or {@link #end}. */
    private final int parseEnd;
    /** The line of a document that is one line of a stream, or 0 to count the lines of the document. */
    private final int fixedLine;
    /** The problem found before parsing at {@link #parseEnd}, where parsing stops, or null. */
    private final String malformed;
    /** Its rule: {@code json.encoding} for bytes that are not UTF-8, {@code json.syntax} for a broken escape. */
    private final String malformedRule;
    /** True if the bytes are not UTF-8 at all (UTF-16 or UTF-32): nothing is parsed. */
    private final boolean notUtf8;
    /** True if a second byte-order mark follows the one skipped, or one starts a line that is not the first. */
    private final boolean strayByteOrderMark;
    /** The pointer of the value the parser was reading when it reached the bytes that are not UTF-8. */
    private String malformedPointer = "";

    private Source(byte[] bytes, char[] chars, String string, int start, int end, int parseEnd, int fixedLine,
                   String malformed, boolean notUtf8, boolean strayByteOrderMark) {
        this.bytes = bytes;
        this.chars = chars;
        this.string = string;
        this.start = start;
        this.end = end;
        this.parseEnd = parseEnd;
        this.fixedLine = fixedLine;
        this.malformed = malformed;
        this.malformedRule = bytes != null ? "json.encoding" : "json.syntax";
        this.notUtf8 = notUtf8;
        this.strayByteOrderMark = strayByteOrderMark;
    }

    /**
     * A document of UTF-8 bytes.
     *
     * @param b  the bytes
     * @param from  the first byte
     * @param to  the end, exclusive
     * @param fixedLine  the line of a document that is one line of a stream, or 0
     * @param skipByteOrderMark  true to skip a byte-order mark at the start
     * @return the source
     */
    static Source ofBytes(byte[] b, int from, int to, int fixedLine, boolean skipByteOrderMark) {
        int first = from;
        if (skipByteOrderMark && Utf8.startsWithByteOrderMark(b, first, to)) {
            first += 3;
        }
        boolean notUtf8 = Utf8.startsLikeUtf16Or32(b, first, to);
        boolean stray = Utf8.startsWithByteOrderMark(b, first, to);
        int bad = notUtf8 ? -1 : Utf8.firstMalformed(b, first, to);
        String problem = bad < 0 ? null : Utf8.describe(b, bad, to);
        return new Source(b, null, null, first, to, bad < 0 ? to : bad, fixedLine, problem, notUtf8, stray);
    }

    /**
     * A document of characters.
     *
     * @param c  the characters
     * @param from  the first character
     * @param to  the end, exclusive
     * @param fixedLine  the line of a document that is one line of a stream, or 0
     * @param skipByteOrderMark  true to skip U+FEFF at the start
     * @return the source
     */
    static Source ofChars(char[] c, int from, int to, int fixedLine, boolean skipByteOrderMark) {
        int first = skipByteOrderMark && from < to && c[from] == '\uFEFF' ? from + 1 : from;
        int bad = brokenEscape(java.nio.CharBuffer.wrap(c), first, to);
        return new Source(null, c, null, first, to, bad < 0 ? to : bad, fixedLine, bad < 0 ? null : ESCAPE, false,
            first < to && c[first] == '\uFEFF');
    }

    /** The problem of a {@code \\u} escape whose four digits are not all hexadecimal ASCII digits. */
    private static final String ESCAPE = "broken escape: \\u takes four hexadecimal digits";

    /**
     * Finds the first {@code \\u} escape followed by a character that is not ASCII among its four digits, which the
     * parser of text would misread as a digit. A digit that is ASCII but not hexadecimal the parser refuses itself.
     *
     * @return the offset of that character, or -1
     */
    static int brokenEscape(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '\\') {
                continue;
            }
            if (i + 1 < to && text.charAt(i + 1) == 'u') {
                for (int k = i + 2; k < Math.min(i + 6, to); k++) {
                    if (text.charAt(k) >= 0x80) {
                        return k;
                    }
                }
            }
            i++;
        }
        return -1;
    }

    /**
     * A document given as a string; U+FEFF at its start is skipped.
     *
     * @param s  the string
     * @return the source
     */
    static Source ofString(String s) {
        return ofString(s, 0, s.startsWith("\uFEFF") ? 1 : 0);
    }

    private static Source ofString(String s, int fixedLine, int first) {
        int bad = s.indexOf('\\', first) < 0 ? -1 : brokenEscape(s, first, s.length());
        return new Source(null, null, s, first, s.length(), bad < 0 ? s.length() : bad, fixedLine,
            bad < 0 ? null : ESCAPE, false, first < s.length() && s.charAt(first) == '\uFEFF');
    }

    boolean isBytes() {
        return bytes != null;
    }

    /** @return the length of the document, in bytes or characters */
    int length() {
        return end - start;
    }

    private JsonParser open(JsonFactory factory) {
        if (bytes != null) {
            return factory.createParser(ObjectReadContext.empty(), bytes, start, parseEnd - start);
        }
        if (chars != null) {
            return factory.createParser(ObjectReadContext.empty(), chars, start, parseEnd - start);
        }
        return start == 0 && parseEnd == string.length() ? factory.createParser(ObjectReadContext.empty(), string)
            : factory.createParser(ObjectReadContext.empty(), new java.io.StringReader(string.substring(start,
                parseEnd)));
    }

    /**
     * Decodes the document, then places its problems.
     *
     * @param factory  the factory of parsers, with the reader's limits
     * @param codec  the codec of the expected type
     * @param problems  where problems go
     * @param <T>  the type
     * @return the value, or null if there are problems
     */
    <T> T decode(JsonFactory factory, Codec<T> codec, Problems problems) {
        T value = null;
        if (notUtf8) {
            problems.add(found(0, "", "json.encoding", Utf8.NOT_UTF8_AT_ALL));
            place(factory, problems);
            return null;
        }
        if (strayByteOrderMark) {
            problems.add(found(0, "", "json.syntax", "unexpected byte-order mark: one may only start the input"));
            place(factory, problems);
            return null;
        }
        boolean stoppedBefore = false;
        JsonParser p = null;
        boolean trailing = false;
        try {
            p = open(factory);
            Decoder d = Decoder.ofSource(p, problems, bytes != null);
            JsonToken t = p.nextToken();
            if (t == null) {
                if (malformed == null) {
                    problems.add(found(0, "", "json.empty", "the document is empty"));
                }
            } else if (t == JsonToken.VALUE_NULL) {
                d.report("json.null", "expected a value, found null");
            } else {
                value = codec.read(d);
                // A value passed over is still read to its end: a fault inside it is not content after it.
                p.finishToken();
                trailing = true;
                if (p.nextToken() != null) {
                    d.report("json.trailing-content", "unexpected content after the end of the document");
                    stoppedBefore = true;
                }
            }
        } catch (Problems.Stop stop) {
            stoppedBefore = true;
        } catch (JacksonException ex) {
            stoppedBefore = failed(factory, ex, p, problems, trailing);
        } finally {
            if (p != null) {
                p.close();
            }
        }
        if (malformed != null && !stoppedBefore && !problems.truncated()) {
            try {
                problems.add(found(parseEnd - start, malformedPointer, malformedRule, malformed));
            } catch (Problems.Stop stop) {
                // The cap is reached: the problem is among those not reported.
            }
        }
        if (!problems.isEmpty()) {
            place(factory, problems);
            return null;
        }
        return value;
    }

    /**
     * Reports why the parser failed.
     *
     * @return true if the failure lies before the end of what was parsed (it is the document's own)
     */
    private boolean failed(JsonFactory factory, JacksonException ex, JsonParser p, Problems problems,
                           boolean trailing) {
        String message = ex.getOriginalMessage() == null ? "" : ex.getOriginalMessage();
        if (bytes != null && !(malformed != null && message.contains("end-of-input"))) {
            Relocated r = relocate(factory);
            if (r != null) {
                try {
                    problems.add(found(r.offset, r.pointer, r.rule, r.message));
                } catch (Problems.Stop stop) {
                    // The cap is reached.
                }
                return true;
            }
        }
        if (malformed != null && message.contains("end-of-input")) {
            // The parser reached the bytes that are not UTF-8, which it was not given.
            malformedPointer = p == null ? "" : p.currentToken() == JsonToken.PROPERTY_NAME
                || p.currentToken() == JsonToken.VALUE_STRING && unterminated(offset(p.currentTokenLocation()))
                ? pointer(p) : Pointers.of(p.streamReadContext().getParent(), null);
            return false;
        }
        long at = offset(ex.getLocation());
        try {
            Problems.Found key = message.contains("surrogate") && message.contains("property name")
                ? surrogateInName(p, at) : null;
            if (key != null) {
                problems.add(key);
            } else if (ex instanceof StreamConstraintsException) {
                problems.add(found(at, pointer(p), "json.limit", clean(message)));
            } else if (trailing) {
                problems.add(found(at, "", "json.trailing-content",
                    "unexpected content after the end of the document"));
            } else {
                problems.add(found(at, pointer(p), "json.syntax", syntax(message, at)));
            }
        } catch (Problems.Stop stop) {
            // The cap is reached.
        }
        return true;
    }

    /** Where the parser of text finds the fault of a document of bytes. */
    private static final class Relocated {
        long offset;
        String pointer;
        String rule;
        String message;
    }

    /**
     * Finds the fault of malformed bytes as the parser of text finds it, so that a document gives the same problem
     * whether it is given as bytes or as text: the bytes, well-formed UTF-8 up to where they are parsed, are decoded
     * and parsed again as characters. This costs a second parse, of malformed documents only.
     *
     * @return the fault, with its offset in bytes, or null if the parser of text finds none
     */
    private Relocated relocate(JsonFactory factory) {
        String text = new String(bytes, start, parseEnd - start, java.nio.charset.StandardCharsets.UTF_8);
        Source chars = ofString(text, fixedLine, 0);
        JsonParser p = null;
        boolean trailing = false;
        try {
            p = chars.open(factory);
            int depth = 0;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING) {
                    p.getString();
                } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    p.getNumberType();
                }
                depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
                if (depth == 0 && !trailing) {
                    trailing = true;
                    if (p.nextToken() != null) {
                        return null;
                    }
                    break;
                }
            }
            if (chars.malformed == null) {
                return null;
            }
            // The value ends before the broken escape that ends the text.
            Relocated r = new Relocated();
            r.offset = byteOffset(chars.parseEnd);
            r.rule = chars.malformedRule;
            r.message = chars.malformed;
            r.pointer = "";
            return r;
        } catch (JacksonException ex) {
            Relocated r = new Relocated();
            String original = ex.getOriginalMessage() == null ? "" : ex.getOriginalMessage();
            if (chars.malformed != null && original.contains("end-of-input")) {
                // The text holds a broken escape, where its parser was made to stop.
                r.offset = byteOffset(chars.parseEnd);
                r.rule = chars.malformedRule;
                r.message = chars.malformed;
                r.pointer = p.currentToken() == JsonToken.PROPERTY_NAME
                    || p.currentToken() == JsonToken.VALUE_STRING
                    && chars.unterminated(chars.offset(p.currentTokenLocation()))
                    ? pointer(p) : Pointers.of(p.streamReadContext().getParent(), null);
                return r;
            }
            long charOffset = chars.offset(ex.getLocation());
            r.offset = byteOffset(charOffset);
            String message = ex.getOriginalMessage() == null ? "" : ex.getOriginalMessage();
            if (ex instanceof StreamConstraintsException) {
                r.rule = "json.limit";
                r.message = clean(message);
            } else if (message.contains("surrogate") && message.contains("property name")
                && chars.surrogateInName(p, charOffset) != null) {
                Problems.Found key = chars.surrogateInName(p, charOffset);
                r.rule = key.rule;
                r.message = key.message;
                r.offset = byteOffset(key.offset);
                r.pointer = key.pointer;
                return r;
            } else if (trailing) {
                r.rule = "json.trailing-content";
                r.message = "unexpected content after the end of the document";
            } else {
                r.rule = "json.syntax";
                r.message = chars.syntax(message, charOffset);
            }
            r.pointer = trailing ? "" : pointer(p);
            return r;
        } finally {
            if (p != null) {
                p.close();
            }
        }
    }

    /** @return the offset in bytes of a character at an offset in characters of the decoded bytes */
    private long byteOffset(long charOffset) {
        long units = 0;
        int i = start;
        while (i < parseEnd && units < charOffset) {
            int c = bytes[i] & 0xFF;
            int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            units += n == 4 ? 2 : 1;
            i += n;
        }
        return i - start;
    }

    /**
     * Describes malformed JSON the same way whether the document is bytes or text, whose parsers word some errors
     * differently: the character found is named by its code point.
     */
    private String syntax(String message, long at) {
        String m = clean(message);
        if (m.contains("end-of-input")) {
            return "unexpected end of input";
        }
        if (m.startsWith("Unexpected character") || m.startsWith("Unrecognized token")) {
            int cp = codePointAt(start + (int) Math.min(at, parseEnd - start));
            String found = cp < 0 ? "unexpected end of input" : String.format(java.util.Locale.ROOT,
                "unexpected character U+%04X%s", cp, cp >= 0x20 && cp != 0x7F && !Character.isSurrogate((char) cp)
                ? " ('" + new String(Character.toChars(cp)) + "')" : "");
            return found;
        }
        return m;
    }

    /** @return the character at an index of the input, -1 at its end */
    private int codePointAt(int i) {
        if (i >= parseEnd) {
            return -1;
        }
        if (bytes == null) {
            char c = (char) at(i);
            if (Character.isHighSurrogate(c) && i + 1 < parseEnd && Character.isLowSurrogate((char) at(i + 1))) {
                return Character.toCodePoint(c, (char) at(i + 1));
            }
            return c;
        }
        int c = bytes[i] & 0xFF;
        int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (n == 1 || i + n > parseEnd) {
            return c;
        }
        return new String(bytes, i, n, java.nio.charset.StandardCharsets.UTF_8).codePointAt(0);
    }

    /**
     * Reports a key holding an unpaired surrogate, which the parser refuses as it reads the key: the key is decoded
     * again from the input, and reported at its opening quote.
     *
     * @return the problem, or null if the key is not well-formed JSON holding an unpaired surrogate
     */
    private Problems.Found surrogateInName(JsonParser p, long at) {
        int quote = openingQuote((int) Math.min(at, parseEnd - start));
        String name = nameAt(quote);
        String problem = name == null ? null : Text.surrogateProblem(name, "property name");
        if (problem == null) {
            return null;
        }
        String object = p == null ? "" : Pointers.of(p.streamReadContext().getParent(), null);
        return found(quote, object + "/" + Pointers.escape(name), "json.encoding", problem);
    }

    private static String pointer(JsonParser p) {
        try {
            return p == null ? "" : Pointers.of(p.streamReadContext(), null);
        } catch (RuntimeException ex) {
            return "";
        }
    }

    /**
     * Removes from a parser's message what belongs to the parser rather than to the document: where the source is
     * described, and the settings that set a limit.
     *
     * @param message  the message
     * @return the cleaned message
     */
    static String clean(String message) {
        if (message == null || message.isEmpty()) {
            return "malformed JSON";
        }
        String m = message;
        int newline = m.indexOf('\n');
        if (newline >= 0) {
            m = m.substring(0, newline);
        }
        m = m.replaceAll("\\s*\\(for [^()]*\\[Source:[^\\]]*\\][^)]*\\)", "");
        m = m.replaceAll("\\s*at \\[Source:.*$", "");
        m = m.replaceAll("\\s*\\[Source:[^\\]]*\\]", "");
        m = m.replaceAll(",? from `[^`]*`", "");
        return m.trim();
    }

    private long offset(TokenStreamLocation at) {
        if (at == null) {
            return parseEnd - start;
        }
        long o = bytes != null ? at.getByteOffset() : at.getCharOffset();
        if (o < 0) {
            return parseEnd - start;
        }
        if (bytes != null) {
            // A parser may point inside a character of several bytes: the character's first byte is its place.
            while (o > 0 && start + o < parseEnd && (bytes[(int) (start + o)] & 0xC0) == 0x80) {
                o--;
            }
        }
        return o;
    }

    private static Problems.Found found(long offset, String pointer, String rule, String message) {
        Problems.Found f = new Problems.Found(pointer, rule, message, org.uhcmodel.validation.Severity.ERROR, false);
        f.offset = offset;
        return f;
    }

    private int at(int i) {
        return bytes != null ? bytes[i] & 0xFF : chars != null ? chars[i] : string.charAt(i);
    }

    /** Checks whether the string that opens at an offset has no closing quote in what was parsed. */
    private boolean unterminated(long quote) {
        for (int i = (int) (start + quote + 1); i < parseEnd; i++) {
            int c = at(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return false;
            }
        }
        return true;
    }

    /** Finds, from an offset inside a string, the quote that opens it. */
    private int openingQuote(int offset) {
        int i = start + offset;
        while (i > start) {
            i--;
            if (at(i) == '"') {
                int backslashes = 0;
                for (int j = i - 1; j >= start && at(j) == '\\'; j--) {
                    backslashes++;
                }
                if (backslashes % 2 == 0) {
                    return i - start;
                }
            }
        }
        return 0;
    }

    /** Decodes the JSON string that opens at an offset, keeping unpaired surrogates; null if it is malformed. */
    private String nameAt(int quote) {
        StringBuilder name = new StringBuilder();
        int i = start + quote + 1;
        int limit = Math.min(parseEnd, i + UhcJson.MAX_NAME_LENGTH * 12);
        while (i < limit) {
            int c = at(i);
            if (c == '"') {
                return name.toString();
            }
            if (c == '\\' && i + 1 < limit) {
                int e = at(i + 1);
                if (e == 'u') {
                    if (i + 5 >= limit) {
                        return null;
                    }
                    int code = 0;
                    for (int k = i + 2; k < i + 6; k++) {
                        int digit = at(k) < 0x80 ? Character.digit(at(k), 16) : -1;
                        if (digit < 0) {
                            return null;
                        }
                        code = code * 16 + digit;
                    }
                    name.append((char) code);
                    i += 6;
                    continue;
                }
                name.append((char) (e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == 'b' ? '\b'
                    : e == 'f' ? '\f' : e));
                i += 2;
                continue;
            }
            if (bytes != null && c >= 0x80) {
                int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                name.append(new String(bytes, i, Math.min(n, limit - i), java.nio.charset.StandardCharsets.UTF_8));
                i += n;
                continue;
            }
            name.append((char) c);
            i++;
        }
        return null;
    }

    /** A node of the pointers searched for: the offset of the value found there, and the pointers below it. */
    private static final class Target {
        Map<String, Target> children;
        long offset = -1;

        Target child(String token, boolean create) {
            if (children == null) {
                if (!create) {
                    return null;
                }
                children = new HashMap<>();
            }
            return create ? children.computeIfAbsent(token, k -> new Target()) : children.get(token);
        }
    }

    /**
     * Places every problem: finds the values of those to locate, then counts lines and columns.
     *
     * @param factory  the factory of parsers
     * @param problems  the problems
     */
    void place(JsonFactory factory, Problems problems) {
        List<Problems.Found> found = problems.found();
        Target root = null;
        for (Problems.Found f : found) {
            if (f.locate) {
                if (root == null) {
                    root = new Target();
                }
                Target t = root;
                for (String token : Pointers.split(f.pointer)) {
                    t = t.child(token, true);
                }
            }
        }
        if (root != null) {
            search(factory, root);
            for (Problems.Found f : found) {
                if (f.locate) {
                    Target t = root;
                    long offset = Math.max(0, root.offset);
                    for (String token : Pointers.split(f.pointer)) {
                        t = t.child(token, false);
                        if (t == null || t.offset < 0) {
                            break;
                        }
                        offset = t.offset;
                    }
                    f.offset = offset;
                }
            }
        }
        count(found);
    }

    /** Reads the document again, noting the offset of each value searched for; the first of duplicate keys counts. */
    private void search(JsonFactory factory, Target root) {
        try (JsonParser p = open(factory)) {
            if (p.nextToken() != null) {
                visit(p, root);
            }
        } catch (JacksonException ex) {
            // The document is malformed further on: what was found so far stands.
        }
    }

    private void visit(JsonParser p, Target target) {
        target.offset = offset(p.currentTokenLocation());
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                Target child = target.child(p.currentName(), false);
                p.nextToken();
                if (child == null || child.offset >= 0) {
                    p.skipChildren();
                } else {
                    visit(p, child);
                }
            }
        } else if (t == JsonToken.START_ARRAY) {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                Target child = target.children == null ? null : target.child(Integer.toString(i), false);
                i++;
                if (child == null) {
                    p.skipChildren();
                } else {
                    visit(p, child);
                }
            }
        }
    }

    /** Turns the offsets of problems into lines and columns, in one pass over the input. */
    private void count(List<Problems.Found> found) {
        List<Problems.Found> placed = new ArrayList<>();
        for (Problems.Found f : found) {
            if (f.offset >= 0) {
                placed.add(f);
            }
        }
        Problems.Found[] sorted = placed.toArray(new Problems.Found[0]);
        Arrays.sort(sorted, (a, b) -> Long.compare(a.offset, b.offset));
        int line = fixedLine > 0 ? fixedLine : 1;
        int column = 1;
        int i = start;
        for (Problems.Found f : sorted) {
            long target = Math.min(start + f.offset, end);
            while (i < target) {
                int c = at(i);
                if (fixedLine == 0 && (c == '\n' || c == '\r')) {
                    line++;
                    column = 1;
                    i++;
                    if (c == '\r' && i < end && i < target && at(i) == '\n') {
                        i++;
                    }
                } else {
                    if (bytes == null) {
                        column++;
                    } else if ((c & 0xC0) != 0x80) {
                        column += c >= 0xF0 ? 2 : 1;
                    }
                    i++;
                }
            }
            f.line = line;
            f.column = column;
        }
    }
}
