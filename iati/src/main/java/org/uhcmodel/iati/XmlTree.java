package org.uhcmodel.iati;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An XML document read into elements that remember where they stand (line, column, path) and which of their parts a
 * reader took: what is left untaken at the end is what the model does not carry.
 * <p>
 * Documents are read without DTDs or external entities.
 */
final class XmlTree {

    /** An element of the document. */
    static final class Element {
        final String namespace;
        final String name;
        final String path;
        final int line;
        final int column;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final List<String> takenAttributes = new ArrayList<>();
        final List<Element> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        boolean taken;

        Element(String namespace, String name, String path, int line, int column) {
            this.namespace = namespace;
            this.name = name;
            this.path = path;
            this.line = line;
            this.column = column;
        }

        /** Whether the element is of IATI (no namespace) and has the name. */
        boolean is(String iatiName) {
            return namespace.isEmpty() && name.equals(iatiName);
        }

        /** Whether the element is of the extension namespace and has the name. */
        boolean isExtension(String extensionName) {
            return IatiXml.NAMESPACE.equals(namespace) && name.equals(extensionName);
        }

        /** The IATI children of a name, marked taken. */
        List<Element> take(String iatiName) {
            List<Element> found = new ArrayList<>();
            for (Element child : children) {
                if (child.is(iatiName)) {
                    child.taken = true;
                    found.add(child);
                }
            }
            return found;
        }

        /** The first IATI child of a name, marked taken, or null. */
        Element takeOne(String iatiName) {
            for (Element child : children) {
                if (child.is(iatiName)) {
                    child.taken = true;
                    return child;
                }
            }
            return null;
        }

        /** The first extension child of a name, marked taken, or null. */
        Element takeExtension(String extensionName) {
            for (Element child : children) {
                if (child.isExtension(extensionName)) {
                    child.taken = true;
                    return child;
                }
            }
            return null;
        }

        /** The extension children of a name, marked taken. */
        List<Element> takeExtensions(String extensionName) {
            List<Element> found = new ArrayList<>();
            for (Element child : children) {
                if (child.isExtension(extensionName)) {
                    child.taken = true;
                    found.add(child);
                }
            }
            return found;
        }

        /** An attribute without namespace, marked taken, or null. */
        String attribute(String attributeName) {
            return attributeTaken(attributeName);
        }

        /** An attribute of the extension namespace, marked taken, or null. */
        String extensionAttribute(String attributeName) {
            return attributeTaken("{" + IatiXml.NAMESPACE + "}" + attributeName);
        }

        /** {@code xml:lang}, marked taken, or null. */
        String lang() {
            return attributeTaken("{" + XMLConstants.XML_NS_URI + "}lang");
        }

        private String attributeTaken(String key) {
            String value = attributes.get(key);
            if (value != null && !takenAttributes.contains(key)) {
                takenAttributes.add(key);
            }
            return value;
        }

        /** The text of the element, its content marked taken. */
        String text() {
            taken = true;
            return text.toString();
        }

        /** The text of the element without the whitespace around it. */
        String trimmedText() {
            return text().strip();
        }
    }

    private XmlTree() {
    }

    /**
     * Reads a document.
     *
     * @param in  the document, not null
     * @return the root element
     * @throws XMLStreamException if the document is not well formed
     */
    static Element read(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader reader = factory.createXMLStreamReader(in);
        try {
            List<Element> stack = new ArrayList<>();
            List<Map<String, Integer>> counts = new ArrayList<>();
            counts.add(new LinkedHashMap<>());
            Element root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
                    String qualified = namespace.isEmpty() ? reader.getLocalName()
                        : IatiXml.PREFIX + ":" + reader.getLocalName();
                    Map<String, Integer> siblings = counts.get(counts.size() - 1);
                    int index = siblings.merge(qualified, 1, Integer::sum);
                    String parentPath = stack.isEmpty() ? "" : stack.get(stack.size() - 1).path;
                    Location location = reader.getLocation();
                    Element element = new Element(namespace, reader.getLocalName(),
                        parentPath + "/" + qualified + (stack.isEmpty() ? "" : "[" + index + "]"),
                        location.getLineNumber(), location.getColumnNumber());
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        String attributeNamespace = reader.getAttributeNamespace(i);
                        String key = attributeNamespace == null || attributeNamespace.isEmpty()
                            ? reader.getAttributeLocalName(i)
                            : "{" + attributeNamespace + "}" + reader.getAttributeLocalName(i);
                        element.attributes.put(key, reader.getAttributeValue(i));
                    }
                    if (stack.isEmpty()) {
                        root = element;
                    } else {
                        stack.get(stack.size() - 1).children.add(element);
                    }
                    stack.add(element);
                    counts.add(new LinkedHashMap<>());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    stack.remove(stack.size() - 1);
                    counts.remove(counts.size() - 1);
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                    && !stack.isEmpty()) {
                    stack.get(stack.size() - 1).text.append(reader.getText());
                }
            }
            return root;
        } finally {
            reader.close();
        }
    }
}
