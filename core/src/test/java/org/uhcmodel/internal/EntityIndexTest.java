package org.uhcmodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uhcmodel.actor.Organization;
import org.uhcmodel.actor.OrganizationKind;
import org.uhcmodel.value.CountryCode;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;
import org.uhcmodel.value.LocalizedText;

class EntityIndexTest {

    private static Organization organization(String id, String name) {
        return Organization.builder().id(EntityId.of(id)).name(LocalizedText.of("fr", name))
            .kind(OrganizationKind.PUBLIC_AGENCY).country(CountryCode.of("DZ")).build();
    }

    /**
     * Ids of {@code blocks} blocks of {@code an} or {@code c0} after a prefix: every one has the same
     * {@link String#hashCode()}, since both blocks add 3117 to it.
     */
    private static List<String> idsOfOneStringHash(int blocks) {
        List<String> ids = new ArrayList<>();
        for (int bits = 0; bits < 1 << blocks; bits++) {
            StringBuilder id = new StringBuilder("org-");
            for (int b = 0; b < blocks; b++) {
                id.append((bits >>> b & 1) == 0 ? "an" : "c0");
            }
            ids.add(id.toString());
        }
        return ids;
    }

    @Test
    void findsEachEntityByIdAndKeepsTheOrderOfAddingAcrossArraysOfSlots() {
        int n = 3 * EntityIndex.CHUNK + 17;
        EntityIndex index = new EntityIndex(n);
        List<Organization> added = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Organization organization = organization("org-" + i, "Organisation " + i);
            assertTrue(index.add(organization));
            added.add(organization);
        }
        assertEquals(n, index.size());
        assertEquals(added, index.entities());
        for (int i = 0; i < n; i++) {
            // An equal id, not the same instance.
            assertSame(added.get(i), index.get(EntityId.of("org-" + i)));
        }
        assertNull(index.get(EntityId.of("org-" + n)));
        assertNull(index.get(null));
        assertNull(index.get("org-1"));
    }

    @Test
    void keepsTheFirstEntityOfAnId() {
        EntityIndex index = new EntityIndex(3);
        Organization first = organization("dz-cnas", "CNAS");
        assertTrue(index.add(first));
        assertTrue(index.add(organization("dz-casnos", "CASNOS")));
        assertFalse(index.add(organization("dz-cnas", "Caisse nationale")));
        assertSame(first, index.get(EntityId.of("dz-cnas")));
        assertEquals(2, index.size());
        assertEquals(List.of(first, index.get(EntityId.of("dz-casnos"))), index.entities());
    }

    @Test
    void refusesACapacityItCannotHoldAndMoreEntitiesThanItsCapacity() {
        assertThrows(IllegalArgumentException.class, () -> new EntityIndex(-1));
        assertThrows(IllegalArgumentException.class, () -> new EntityIndex(EntityIndex.MAX_CAPACITY + 1));
        EntityIndex empty = new EntityIndex(0);
        assertEquals(List.of(), empty.entities());
        assertNull(empty.get(EntityId.of("dz-cnas")));
        EntityIndex index = new EntityIndex(1);
        assertTrue(index.add(organization("dz-cnas", "CNAS")));
        // A repeated id is still recognised when the index is full.
        assertFalse(index.add(organization("dz-cnas", "CNAS")));
        IllegalStateException ex = assertThrows(IllegalStateException.class,
            () -> index.add(organization("dz-casnos", "CASNOS")));
        assertTrue(ex.getMessage().contains("capacity"), ex.getMessage());
    }

    @Test
    void theEntitiesAreAnUnmodifiableViewThatFollowsTheIndex() {
        EntityIndex index = new EntityIndex(2);
        List<Entity> entities = index.entities();
        Organization organization = organization("dz-cnas", "CNAS");
        index.add(organization);
        assertEquals(List.of(organization), entities);
        assertThrows(UnsupportedOperationException.class, () -> entities.add(organization));
        assertThrows(IndexOutOfBoundsException.class, () -> entities.get(1));
    }

    @Test
    void idsOfOneStringHashAreSpreadOverTheTable() {
        List<String> ids = idsOfOneStringHash(12);
        assertEquals(1, ids.stream().map(String::hashCode).distinct().count());
        Set<Integer> hashes = new HashSet<>();
        for (String id : ids) {
            hashes.add(EntityIndex.hash(EntityId.of(id)));
        }
        // With String.hashCode they would all be one; random hashes of 4,096 ids collide once in 500 runs.
        assertTrue(hashes.size() >= ids.size() - 2, () -> hashes.size() + " distinct hashes of " + ids.size());
        EntityIndex index = new EntityIndex(ids.size());
        for (String id : ids) {
            assertTrue(index.add(organization(id, id)));
        }
        for (String id : ids) {
            assertEquals(EntityId.of(id), index.get(EntityId.of(id)).id());
        }
    }
}
