package org.uhcmodel.iati;

import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an XML document element by element, indented by two spaces, with the elements and attributes of IATI (no
 * namespace) and of uhc-model's extension namespace; an element with no content is written empty ({@code <a/>}).
 * Text keeps every character: a carriage return, which XML would read back as a line feed, is written as a character
 * reference.
 */
final class XmlOut {

    private final XMLStreamWriter writer;
    /** For each open element, whether it has child elements (whose end tag goes on a line of its own). */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private Pending pending;

    /** An element whose start tag is not yet written, to write it empty if nothing follows. */
    private static final class Pending {
        final String namespace;
        final String name;
        final List<String[]> attributes = new ArrayList<>();
        boolean root;

        Pending(String namespace, String name) {
            this.namespace = namespace;
            this.name = name;
        }
    }

    XmlOut(OutputStream out) {
        try {
            writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeCharacters("\n");
        } catch (XMLStreamException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Starts the root element, declaring the extension namespace on it. */
    XmlOut root(String name) {
        start(null, name);
        pending.root = true;
        return this;
    }

    /** Starts an IATI element. */
    XmlOut start(String name) {
        return start(null, name);
    }

    /** Starts an element of the extension namespace. */
    XmlOut startExtension(String name) {
        return start(IatiXml.NAMESPACE, name);
    }

    private XmlOut start(String namespace, String name) {
        flush(false);
        if (!open.isEmpty()) {
            open.peek()[0] = true;
            characters("\n" + "  ".repeat(open.size()));
        }
        pending = new Pending(namespace, name);
        open.push(new boolean[1]);
        return this;
    }

    /** Adds an attribute without namespace to the element just started. */
    XmlOut attribute(String name, String value) {
        pending.attributes.add(new String[] {null, name, value});
        return this;
    }

    /** Adds an attribute of the extension namespace to the element just started. */
    XmlOut extensionAttribute(String name, String value) {
        pending.attributes.add(new String[] {IatiXml.NAMESPACE, name, value});
        return this;
    }

    /** Adds {@code xml:lang} to the element just started. */
    XmlOut lang(String tag) {
        pending.attributes.add(new String[] {XMLConstants.XML_NS_URI, "lang", tag});
        return this;
    }

    /** Writes text into the element just started. */
    XmlOut text(String text) {
        flush(false);
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\r') {
                characters(text.substring(from, i));
                try {
                    writer.writeEntityRef("#13");
                } catch (XMLStreamException ex) {
                    throw new IllegalStateException(ex);
                }
                from = i + 1;
            }
        }
        characters(text.substring(from));
        return this;
    }

    /** Ends the innermost open element. */
    XmlOut end() {
        boolean[] hasChildren = open.pop();
        if (pending != null) {
            flush(true);
            return this;
        }
        if (hasChildren[0]) {
            characters("\n" + "  ".repeat(open.size()));
        }
        try {
            writer.writeEndElement();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException(ex);
        }
        return this;
    }

    /** Ends the document, with a line feed after the root element. */
    void finish() {
        try {
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.flush();
            writer.close();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private void flush(boolean empty) {
        if (pending == null) {
            return;
        }
        Pending element = pending;
        pending = null;
        try {
            if (element.namespace == null) {
                if (empty) {
                    writer.writeEmptyElement(element.name);
                } else {
                    writer.writeStartElement(element.name);
                }
            } else if (empty) {
                writer.writeEmptyElement(IatiXml.PREFIX, element.name, element.namespace);
            } else {
                writer.writeStartElement(IatiXml.PREFIX, element.name, element.namespace);
            }
            if (element.root) {
                writer.writeNamespace(IatiXml.PREFIX, IatiXml.NAMESPACE);
            }
            for (String[] attribute : element.attributes) {
                if (attribute[0] == null) {
                    writer.writeAttribute(attribute[1], attribute[2]);
                } else if (XMLConstants.XML_NS_URI.equals(attribute[0])) {
                    writer.writeAttribute(XMLConstants.XML_NS_PREFIX, attribute[0], attribute[1], attribute[2]);
                } else {
                    writer.writeAttribute(IatiXml.PREFIX, attribute[0], attribute[1], attribute[2]);
                }
            }
        } catch (XMLStreamException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private void characters(String text) {
        try {
            writer.writeCharacters(text);
        } catch (XMLStreamException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
