package org.example.members;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.json.UhcJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * A type of the user's own holding a model value.
 *
 * @param role  the role of the organisation
 * @param organization  the organisation
 */
public record Membership(String role, Organization organization) {

    /** Plain Jackson, with the modules it finds: uhc-model's among them. */
    public static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    /**
     * Reads the JSON Schema of uhc-model from this module, as a resource of the module org.uhcmodel.json.
     *
     * @return the schema, null if this module cannot read it
     * @throws IOException if it cannot be read
     */
    public static String schema() throws IOException {
        return read(UhcJson.class.getResourceAsStream(UhcJson.SCHEMA_RESOURCE));
    }

    /**
     * Reads the JSON Schema of uhc-model through this module's class loader, as frameworks find resources.
     *
     * @return the schema, null if the class loader does not find it
     * @throws IOException if it cannot be read
     */
    public static String schemaFromClassLoader() throws IOException {
        return read(Membership.class.getClassLoader().getResourceAsStream(UhcJson.SCHEMA_RESOURCE.substring(1)));
    }

    private static String read(InputStream resource) throws IOException {
        try (InputStream in = resource) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
