package org.uhcmodel.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import org.uhcmodel.value.Entity;
import org.uhcmodel.value.EntityId;

/**
 * The entities of a dataset by id, the first of each id only, in the order they were added.
 * <p>
 * The table is open-addressed and held in arrays of {@value #CHUNK} slots: an index of a million entities allocates no
 * object per entity and no array large enough to be allocated outside a collector's young generation. Each slot holds
 * the id's hash beside the entity's position, so a probe compares ids only when their hashes agree.
 * <p>
 * Ids are hashed by tabulation, with a table of random numbers drawn when the class is loaded, not with
 * {@link String#hashCode()}, whose collisions are easy to write: two different ids share a hash with a chance of one in
 * 2^32 whatever their text, so a document cannot choose ids that all land in one place of the table.
 * <p>
 * An index is filled by one thread, then only read; it is not safe to read while another thread adds to it.
 */
public final class EntityIndex {

    private static final int SHIFT = 12;
    /** Slots per array of the table, and entities per array of the positions. */
    static final int CHUNK = 1 << SHIFT;
    private static final int IN_CHUNK = CHUNK - 1;
    /** The most entities an index holds: its table has at most 2^30 slots. */
    public static final int MAX_CAPACITY = 1 << 29;
    /**
     * The random numbers of the hash, one per character of {@code 0–127} at each of 128 places (an id has at most 100
     * characters, all ASCII), drawn once per run.
     */
    private static final int[] RANDOM = new int[128 * 128];

    static {
        // A plain loop: the index is made by the first dataset a program reads, so no stream machinery is loaded for it.
        SplittableRandom random = new SplittableRandom(ThreadLocalRandom.current().nextLong());
        for (int i = 0; i < RANDOM.length; i++) {
            RANDOM[i] = random.nextInt();
        }
    }

    /** Slots: the hash in the high half, the position plus one in the low half; 0 is an empty slot. */
    private final long[][] table;
    private final int mask;
    /** The entities in the order they were added. */
    private final Entity[][] entities;
    private final int capacity;
    private int size;

    /**
     * Creates an empty index.
     *
     * @param capacity  the most entities it will hold, zero or more
     */
    public EntityIndex(int capacity) {
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity " + capacity + ": must be from 0 to " + MAX_CAPACITY);
        }
        this.capacity = capacity;
        // At most three quarters full, so that a search ends after a few probes; a smaller table stays in the caches.
        int least = Math.max(4, (int) ((capacity * 4L + 2) / 3));
        int slots = Integer.highestOneBit(least - 1) << 1;
        this.mask = slots - 1;
        this.table = new long[(slots + IN_CHUNK) >>> SHIFT][];
        for (int i = 0; i < table.length; i++) {
            table[i] = new long[Math.min(CHUNK, slots)];
        }
        this.entities = new Entity[(capacity + IN_CHUNK) >>> SHIFT][];
        for (int i = 0; i < entities.length; i++) {
            entities[i] = new Entity[Math.min(CHUNK, capacity - (i << SHIFT))];
        }
    }

    /**
     * Adds an entity unless the index has one with its id.
     *
     * @param entity  the entity, not null
     * @return true if added, false if an entity with the same id was added before
     * @throws IllegalStateException if the index already holds as many entities as its capacity
     */
    public boolean add(Entity entity) {
        EntityId id = entity.id();
        int hash = hash(id);
        int i = hash & mask;
        while (true) {
            long slot = table[i >>> SHIFT][i & IN_CHUNK];
            if (slot == 0) {
                break;
            }
            if ((int) (slot >>> 32) == hash && at((int) slot - 1).id().equals(id)) {
                return false;
            }
            i = (i + 1) & mask;
        }
        if (size == capacity) {
            throw new IllegalStateException("the index holds " + capacity + " entities, its capacity");
        }
        int position = size++;
        entities[position >>> SHIFT][position & IN_CHUNK] = entity;
        table[i >>> SHIFT][i & IN_CHUNK] = (long) hash << 32 | (position + 1);
        return true;
    }

    /**
     * Finds the entity with an id.
     *
     * @param id  the id, null finds nothing
     * @return the entity, null if none
     */
    public Entity get(Object id) {
        if (!(id instanceof EntityId)) {
            return null;
        }
        int hash = hash((EntityId) id);
        int i = hash & mask;
        while (true) {
            long slot = table[i >>> SHIFT][i & IN_CHUNK];
            if (slot == 0) {
                return null;
            }
            if ((int) (slot >>> 32) == hash) {
                Entity found = at((int) slot - 1);
                if (found.id().equals(id)) {
                    return found;
                }
            }
            i = (i + 1) & mask;
        }
    }

    /**
     * Gets the number of entities.
     *
     * @return the number of entities, zero or more
     */
    public int size() {
        return size;
    }

    /**
     * Gets the entities in the order they were added, as a view that follows the index.
     *
     * @return the unmodifiable list, not null
     */
    public List<Entity> entities() {
        return new Entities();
    }

    private Entity at(int position) {
        return entities[position >>> SHIFT][position & IN_CHUNK];
    }

    /**
     * The hash of an id: the exclusive or of the random numbers of its characters at their places (simple tabulation),
     * whose every bit, the low ones that pick a slot included, is as random as the table.
     */
    static int hash(EntityId id) {
        String text = id.value();
        int h = 0;
        for (int i = 0; i < text.length(); i++) {
            h ^= RANDOM[(i & 127) << 7 | (text.charAt(i) & 127)];
        }
        return h;
    }

    private final class Entities extends AbstractList<Entity> implements RandomAccess {
        @Override
        public Entity get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("index " + index + ", size " + size);
            }
            return at(index);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
