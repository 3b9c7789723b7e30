package org.uhcmodel.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the elements of a list that repeat an earlier one, without hashing when the list is short (as a value's lists
 * usually are): comparing each pair of a few elements is cheaper than filling a hash set.
 */
public final class Repeats {

    private static final int[] NONE = new int[0];

    /** The longest list compared pair by pair. */
    private static final int PAIRWISE = 12;

    private Repeats() {
    }

    /**
     * Finds the elements equal to an earlier one.
     *
     * @param items  the list, not null, without null elements
     * @return the indexes of the elements equal to an earlier element, in increasing order; empty if none, not null
     */
    public static int[] of(List<?> items) {
        int size = items.size();
        if (size < 2) {
            return NONE;
        }
        if (size > PAIRWISE) {
            return of(items, Function.identity());
        }
        int[] found = NONE;
        int count = 0;
        for (int i = 1; i < size; i++) {
            Object item = items.get(i);
            for (int j = 0; j < i; j++) {
                if (item.equals(items.get(j))) {
                    found = append(found, count++, i);
                    break;
                }
            }
        }
        return count == found.length ? found : Arrays.copyOf(found, count);
    }

    /**
     * Finds the elements whose key equals the key of an earlier one.
     *
     * @param <T>  the element type
     * @param items  the list, not null
     * @param key  gives the key of an element, never null, not null
     * @return the indexes of the elements whose key equals an earlier element's, in increasing order; empty if none,
     *  not null
     */
    public static <T> int[] of(List<? extends T> items, Function<? super T, ?> key) {
        int size = items.size();
        if (size < 2) {
            return NONE;
        }
        int[] found = NONE;
        int count = 0;
        if (size <= PAIRWISE) {
            Object[] keys = new Object[size];
            for (int i = 0; i < size; i++) {
                Object k = key.apply(items.get(i));
                keys[i] = k;
                for (int j = 0; j < i; j++) {
                    if (k.equals(keys[j])) {
                        found = append(found, count++, i);
                        break;
                    }
                }
            }
        } else {
            Set<Object> seen = new HashSet<>(size * 2);
            for (int i = 0; i < size; i++) {
                if (!seen.add(key.apply(items.get(i)))) {
                    found = append(found, count++, i);
                }
            }
        }
        return count == found.length ? found : Arrays.copyOf(found, count);
    }

    private static int[] append(int[] found, int count, int index) {
        int[] into = count < found.length ? found : Arrays.copyOf(found, Math.max(4, count * 2));
        into[count] = index;
        return into;
    }
}
