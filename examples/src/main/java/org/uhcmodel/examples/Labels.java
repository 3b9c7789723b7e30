package org.uhcmodel.examples;

import org.uhcmodel.actor.Organization;
import org.uhcmodel.dataset.Dataset;
import org.uhcmodel.value.EntityId;

/**
 * Short display names of organisations, shared by the summary and the diagram.
 */
final class Labels {

    private Labels() {
    }

    /**
     * Gets the display name of an organisation: its acronym, else its name, followed by the country code when another
     * organisation of the dataset has the same name, such as "Ministère de la Santé (DZ)".
     *
     * @param dataset  the dataset, not null
     * @param id  the id of the organisation, not null
     * @return the display name, the raw id if the dataset holds no such organisation, not null
     */
    static String of(Dataset dataset, EntityId id) {
        return dataset.find(id, Organization.class).map(o -> {
            if (o.acronym().isPresent()) {
                return o.acronym().get();
            }
            String name = o.name().first();
            boolean shared = dataset.organizations().stream()
                .anyMatch(other -> !other.id().equals(id) && other.name().first().equals(name));
            return shared && o.country().isPresent() ? name + " (" + o.country().get().code() + ")" : name;
        }).orElse(id.value());
    }
}
