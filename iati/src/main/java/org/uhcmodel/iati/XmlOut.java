package org.uhcmodel.iati;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Writes an XML document element by element, in UTF-8, indented by two spaces, with the elements and attributes of
 * IATI (no namespace) and of uhc-model's extension namespace; an element with no content is written empty
 * ({@code <a/>}).
 * <p>
 * Every character is written so that an XML parser reads it back as it was: in text, a carriage return, which a
 * parser would read as a line feed, is a character reference; in an attribute, so are tabs, line feeds and carriage
 * returns, which a parser would read as spaces. The JDK's {@code XMLStreamWriter} writes them raw, so this class
 * writes the markup itself; the characters it is given are those XML 1.0 allows (the writer checks the text first).
 */
final class XmlOut {

    private final Writer out;
    /** For each open element, its name and whether it has child elements (whose end tag goes on its own line). */
    private final Deque<Object[]> open = new ArrayDeque<>();
    private Pending pending;

    /** An element whose start tag is not yet written, to write it empty if nothing follows. */
    private static final class Pending {
        final String name;
        final List<String[]> attributes = new ArrayList<>();

        Pending(String name) {
            this.name = name;
        }
    }

    XmlOut(OutputStream stream) {
        out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    /** Starts the root element, declaring the extension namespace on it. */
    XmlOut root(String name) {
        start(name);
        pending.attributes.add(new String[] {"xmlns:" + IatiXml.PREFIX, IatiXml.NAMESPACE});
        return this;
    }

    /** Starts an IATI element. */
    XmlOut start(String name) {
        flush(false);
        if (!open.isEmpty()) {
            open.peek()[1] = Boolean.TRUE;
            raw("\n" + "  ".repeat(open.size()));
        }
        pending = new Pending(name);
        open.push(new Object[] {name, Boolean.FALSE});
        return this;
    }

    /** Starts an element of the extension namespace. */
    XmlOut startExtension(String name) {
        return start(IatiXml.PREFIX + ":" + name);
    }

    /** Adds an attribute without namespace to the element just started. */
    XmlOut attribute(String name, String value) {
        pending.attributes.add(new String[] {name, value});
        return this;
    }

    /** Adds an attribute of the extension namespace to the element just started. */
    XmlOut extensionAttribute(String name, String value) {
        return attribute(IatiXml.PREFIX + ":" + name, value);
    }

    /** Adds {@code xml:lang} to the element just started. */
    XmlOut lang(String tag) {
        return attribute("xml:lang", tag);
    }

    /** Writes text into the element just started. */
    XmlOut text(String text) {
        flush(false);
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    escaped.append("&amp;");
                    break;
                case '<':
                    escaped.append("&lt;");
                    break;
                case '>':
                    escaped.append("&gt;");
                    break;
                case '\r':
                    escaped.append("&#13;");
                    break;
                default:
                    escaped.append(c);
            }
        }
        raw(escaped.toString());
        return this;
    }

    /** Ends the innermost open element. */
    XmlOut end() {
        Object[] element = open.pop();
        if (pending != null) {
            flush(true);
            return this;
        }
        if ((Boolean) element[1]) {
            raw("\n" + "  ".repeat(open.size()));
        }
        raw("</" + element[0] + ">");
        return this;
    }

    /** Ends the document, with a line feed after the root element, and flushes it to the stream. */
    void finish() {
        raw("\n");
        try {
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void flush(boolean empty) {
        if (pending == null) {
            return;
        }
        Pending element = pending;
        pending = null;
        StringBuilder tag = new StringBuilder("<").append(element.name);
        for (String[] attribute : element.attributes) {
            tag.append(' ').append(attribute[0]).append("=\"");
            escapeAttribute(attribute[1], tag);
            tag.append('"');
        }
        raw(tag.append(empty ? "/>" : ">").toString());
    }

    private static void escapeAttribute(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\t':
                    out.append("&#9;");
                    break;
                case '\n':
                    out.append("&#10;");
                    break;
                case '\r':
                    out.append("&#13;");
                    break;
                default:
                    out.append(c);
            }
        }
    }

    private void raw(String text) {
        try {
            out.write(text);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
