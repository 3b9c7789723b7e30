package org.uhcmodel.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RepeatsTest {

    /** The indexes of the elements a hash set has already seen. */
    private static int[] expected(List<?> items) {
        Set<Object> seen = new HashSet<>();
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(items.get(i))) {
                found.add(i);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void findsTheElementsEqualToAnEarlierOneInShortAndLongLists() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            int size = random.nextInt(40);
            int range = 1 + random.nextInt(30);
            List<String> items = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                items.add("e" + random.nextInt(range));
            }
            assertArrayEquals(expected(items), Repeats.of(items), items.toString());
        }
    }

    @Test
    void comparesKeys() {
        List<String> items = List.of("a1", "b1", "a2", "c3", "b9");
        assertArrayEquals(new int[] {2, 4}, Repeats.of(items, s -> s.charAt(0)));
        assertArrayEquals(new int[] {1, 4}, Repeats.of(items, s -> s.charAt(1) == '1' ? "one" : s.substring(1, 2)
            .equals("9") ? "one" : s));
    }
}
