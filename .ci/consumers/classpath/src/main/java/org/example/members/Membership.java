package org.example.members;

import org.uhcmodel.actor.Organization;

/**
 * A type of the user's own holding a model value.
 *
 * @param role  the role of the organisation
 * @param organization  the organisation
 */
public record Membership(String role, Organization organization) {
}
