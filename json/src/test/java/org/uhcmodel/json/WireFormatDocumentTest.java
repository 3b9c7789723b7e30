package org.uhcmodel.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code docs/wire-format.md} describes every object type, property and code that the schema holds. */
class WireFormatDocumentTest {

    private static final Path DOC = Path.of("../docs/wire-format.md");

    @Test
    void everyPropertyAndCodeOfTheSchemaIsDocumented() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        JsonNode defs = JsonMapper.builder().build().readTree(UhcJson.schema()).get("$defs");
        for (Map.Entry<String, JsonNode> def : defs.properties()) {
            JsonNode properties = def.getValue().get("properties");
            if (properties != null) {
                int at = doc.indexOf("\n### " + def.getKey() + "\n");
                assertTrue(at >= 0, "no section for " + def.getKey());
                int end = doc.indexOf("\n### ", at + 1) < 0 ? doc.length() : doc.indexOf("\n### ", at + 1);
                String section = doc.substring(at, end);
                for (Iterator<String> names = properties.propertyNames().iterator(); names.hasNext(); ) {
                    String name = names.next();
                    assertTrue(section.contains("| `" + name + "` |"), def.getKey() + "." + name + " is not documented");
                }
            }
            JsonNode codes = def.getValue().get("enum");
            if (codes != null) {
                for (JsonNode code : codes) {
                    assertTrue(doc.contains("`" + code.asString() + "`"), def.getKey() + " code " + code);
                }
            }
        }
    }
}
