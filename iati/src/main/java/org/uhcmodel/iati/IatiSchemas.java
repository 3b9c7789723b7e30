package org.uhcmodel.iati;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official XML schemas of the IATI Standard 2.03, shipped with this module, and validation of documents against
 * them.
 * <p>
 * The schemas are those of the IATI-Schemas repository (branch {@code version-2.03}, commit 4c9ba1e of 2024-10-22),
 * copied unchanged, © Development Initiatives on behalf of the IATI Secretariat, CC BY 4.0, "IATI Standard
 * (http://iatistandard.org/)". Validation reads nothing from the network: the schemas and the W3C schema of the
 * {@code xml:} namespace they import are read from the module, and documents may not refer to a DTD.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class IatiSchemas {

    private static final String BASE = "schema/2.03/";

    private static volatile Schema activities;
    private static volatile Schema organisations;

    private IatiSchemas() {
    }

    /**
     * Gets the schema of IATI activity documents, {@code iati-activities-schema.xsd}.
     *
     * @return the compiled schema, not null
     */
    public static Schema activities() {
        Schema schema = activities;
        if (schema == null) {
            schema = load("iati-activities-schema.xsd");
            activities = schema;
        }
        return schema;
    }

    /**
     * Gets the schema of IATI organisation documents, {@code iati-organisations-schema.xsd}.
     *
     * @return the compiled schema, not null
     */
    public static Schema organisations() {
        Schema schema = organisations;
        if (schema == null) {
            schema = load("iati-organisations-schema.xsd");
            organisations = schema;
        }
        return schema;
    }

    /**
     * Validates an activity document against the IATI 2.03 activities schema.
     *
     * @param xml  the document, not null
     * @return the unmodifiable errors, each with its line and column, empty if the document is valid
     * @throws NullPointerException if the document is null
     */
    public static List<String> validateActivities(String xml) {
        return validate(activities(), Objects.requireNonNull(xml, "xml"));
    }

    /**
     * Validates an organisation document against the IATI 2.03 organisations schema.
     *
     * @param xml  the document, not null
     * @return the unmodifiable errors, each with its line and column, empty if the document is valid
     * @throws NullPointerException if the document is null
     */
    public static List<String> validateOrganisations(String xml) {
        return validate(organisations(), Objects.requireNonNull(xml, "xml"));
    }

    private static List<String> validate(Schema schema, String xml) {
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException ex) {
            throw new IllegalStateException(ex);
        }
        List<String> errors = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {
                // Warnings of the parser do not make a document invalid.
            }

            @Override
            public void error(SAXParseException exception) {
                errors.add(describe(exception));
            }

            @Override
            public void fatalError(SAXParseException exception) {
                errors.add(describe(exception));
            }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        } catch (SAXParseException ex) {
            if (errors.isEmpty()) {
                errors.add(describe(ex));
            }
        } catch (SAXException | IOException ex) {
            errors.add(ex.getMessage());
        }
        return List.copyOf(errors);
    }

    private static String describe(SAXParseException ex) {
        return "line " + ex.getLineNumber() + ", column " + ex.getColumnNumber() + ": " + ex.getMessage();
    }

    private static Schema load(String name) {
        URL url = IatiSchemas.class.getResource(BASE + name);
        if (url == null) {
            throw new IllegalStateException("The IATI schema " + name + " is missing from the module");
        }
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,jrt");
            return factory.newSchema(new StreamSource(url.openStream(), url.toExternalForm()));
        } catch (SAXException | IOException ex) {
            throw new IllegalStateException("The IATI schema " + name + " cannot be read", ex);
        }
    }
}
