package org.uhcmodel.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The official schemas shipped with the module, and what they refuse. */
class IatiSchemasTest {

    @Test
    void anActivityWithoutWhatTheSchemaRequiresIsInvalid() {
        List<String> errors = IatiSchemas.validateActivities(
            "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>X-1</iati-identifier>"
                + "</iati-activity></iati-activities>");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("line 1, column "), errors.get(0));
        assertTrue(errors.get(0).contains("reporting-org"), errors.get(0));
    }

    @Test
    void extensionElementsAndAttributesOfAnotherNamespaceAreAllowedWhereIatiAllowsThem() {
        String xml = "<iati-organisations version=\"2.03\" xmlns:x=\"urn:x\" x:a=\"1\"><iati-organisation>"
            + "<organisation-identifier>XM-DAC-1</organisation-identifier><name><narrative>N</narrative></name>"
            + "<reporting-org ref=\"XM-DAC-1\" type=\"10\"><narrative>N</narrative></reporting-org><x:more/>"
            + "</iati-organisation></iati-organisations>";
        assertEquals(List.of(), IatiSchemas.validateOrganisations(xml));
        assertFalse(IatiSchemas.validateActivities(xml).isEmpty(), "an organisation file is no activity file");
    }

    @Test
    void aDocumentThatIsNotWellFormedIsInvalidAndNoDtdIsFetched() {
        assertFalse(IatiSchemas.validateActivities("<iati-activities").isEmpty());
        List<String> errors = IatiSchemas.validateActivities(
            "<!DOCTYPE iati-activities SYSTEM \"http://example.org/x.dtd\"><iati-activities version=\"2.03\"/>");
        assertFalse(errors.isEmpty(), "the DTD is refused, not fetched");
    }

    @Test
    void theSchemasAreCompiledOnce() {
        assertSame(IatiSchemas.activities(), IatiSchemas.activities());
        assertSame(IatiSchemas.organisations(), IatiSchemas.organisations());
        assertThrows(NullPointerException.class, () -> IatiSchemas.validateActivities(null));
    }
}
