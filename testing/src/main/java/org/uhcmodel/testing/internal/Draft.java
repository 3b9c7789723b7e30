package org.uhcmodel.testing.internal;

import org.uhcmodel.value.EntityId;

/**
 * An entity with every random choice made, still to be given its id and the ids it refers to.
 * <p>
 * Drafts let a dataset be generated without {@code flatMap}: its entities are drafted independently of its ids, and
 * built once the ids are known, so that shrinking an entity out of a dataset never leaves a reference dangling.
 *
 * @param <T>  the type of entity
 */
@FunctionalInterface
public interface Draft<T> {

    /**
     * Builds the entity.
     *
     * @param id  its id
     * @param refs  the ids it may refer to
     * @return the entity
     */
    T build(EntityId id, Refs refs);
}
