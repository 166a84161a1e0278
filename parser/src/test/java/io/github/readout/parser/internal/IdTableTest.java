package io.github.readout.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A map of numbers by open addressing: each answer must be what a hash map of the same puts gives. */
class IdTableTest {

    @Test
    void findsWhatWasPutAndNothingElse() {
        IdTable<String> table = new IdTable<>();
        table.put(0, "zero");
        table.put(17, "seventeen");
        table.put(17, "again");

        assertThat(table.get(0)).isEqualTo("zero");
        assertThat(table.get(17)).isEqualTo("again");
        assertThat(table.get(1)).isNull();
        assertThat(table.get(WordIds.NONE)).isNull();
        assertThat(table.size()).isEqualTo(2);
        assertThat(table.ids()).containsExactlyInAnyOrder(0, 17);
    }

    @Test
    void anEmptyTableHasNothing() {
        IdTable<String> table = new IdTable<>();

        assertThat(table.get(0)).isNull();
        assertThat(table.size()).isZero();
        assertThat(table.ids()).isEmpty();
    }

    @Test
    void agreesWithAHashMapOnRandomPuts() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            IdTable<Integer> table = new IdTable<>();
            Map<Integer, Integer> expected = new HashMap<>();
            int range = 1 + random.nextInt(round < 150 ? 40 : 5_000);
            for (int i = 0, n = random.nextInt(200); i < n; i++) {
                int id = random.nextInt(range);
                table.put(id, i);
                expected.put(id, i);
            }
            for (int id = -1; id <= range; id++) {
                assertThat(table.get(id)).as("%d of %s", id, expected).isEqualTo(expected.get(id));
            }
            assertThat(table.size()).isEqualTo(expected.size());
            assertThat(Arrays.stream(table.ids()).boxed().toList()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        }
    }

    @Test
    void aNegativeNumberIsRefused() {
        assertThatThrownBy(() -> new IdTable<String>().put(-1, "none"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }
}
