package org.uhcmodel.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks which kinds of organisation are collective, made of members that may sign a charter as one party.
 */
class CollectiveKindsTest {

    @Test
    void onlyNetworksAndFederationsOfMutualsAreCollective() {
        assertEquals(EnumSet.of(OrganizationKind.NETWORK, OrganizationKind.FEDERATION_OF_MUTUALS),
            Arrays.stream(OrganizationKind.values()).filter(OrganizationKind::isCollective)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrganizationKind.class))));
    }
}
