package org.uhcmodel.value;

import java.util.List;

/**
 * A top-level record of the model: it has a dataset-unique id and cites the sources it is taken from.
 */
public interface Entity {

    /**
     * Gets the id, unique within a dataset.
     *
     * @return the id, not null
     */
    EntityId id();

    /**
     * Gets the citations of the sources this record is taken from.
     *
     * @return the unmodifiable citations, empty if none
     */
    List<Citation> citations();
}
